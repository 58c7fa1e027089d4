import { answersOfTwo, slackHarnessForEach } from './slack-harness';
import { commandBody } from './slack-payloads';

const h = slackHarnessForEach();
beforeEach(() => answersOfTwo(h));

const lnb = (text: string, user: string) =>
  commandBody({ command: '/lnb', text, user, channel: 'C0ESK', responseUrl: h.fake.responseUrl(`cmd-${user}`) });

interface Block {
  type: string;
  elements?: { action_id?: string; value?: string; style?: string; confirm?: Record<string, { text: string }> }[];
}

describe('/lnb mina-svar', () => {
  it('shows the person only their own data, privately, with a delete button that asks first', async () => {
    const res = await h.command(lnb('mina-svar', 'U0PART'));
    expect(res.status).toBe(200);
    const body = res.json() as { response_type: string; blocks: Block[] };
    expect(body.response_type).toBe('ephemeral');
    const all = JSON.stringify(body.blocks);
    expect(all).toContain('Det här har boten sparat om dig');
    // Their text, escaped for mrkdwn like everything else the bot shows.
    expect(all).toContain('Mitt eget &lt;svar&gt; om avlösning.');
    expect(all).not.toContain('Någon annans svar');
    const button = body.blocks.at(-1)?.elements?.[0];
    expect(button).toMatchObject({ action_id: 'lnb_delete_my_data', style: 'danger' });
    expect(button?.confirm).toMatchObject({ title: { text: 'Är du säker?' }, confirm: { text: 'Ja, radera' }, deny: { text: 'Avbryt' } });
  });

  it('answers to `my replies` too: someone with no answers is told so', async () => {
    const res = await h.command(lnb('my replies', 'U0NEW'));
    const all = JSON.stringify((res.json() as { blocks: Block[] }).blocks);
    expect(all).toContain('Inga svar från dig.');
    expect(all).not.toContain('Någon annans svar');
    expect(all).not.toContain('Mitt eget');
  });
});

describe('/lnb help', () => {
  it('mentions mina-svar', async () => {
    const res = await h.command(lnb('help', 'U0PART'));
    expect((res.json() as { text: string }).text).toContain('/lnb mina-svar');
  });
});
