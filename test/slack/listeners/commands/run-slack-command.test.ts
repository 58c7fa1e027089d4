import type { SlashCommand } from '@slack/bolt';
import { submitForm } from '../../../../src/core/submit-form';
import { type Respond, runSlackCommand } from '../../../../src/slack/listeners/commands/run-slack-command';
import { realRuntime } from '../../real-runtime';
import { eventually, fakeSlackAndContextForEach, slackHarnessForEach } from '../../slack-harness';
import { commandBody } from '../../slack-payloads';

describe('runSlackCommand on its own', () => {
  const { fake, t } = fakeSlackAndContextForEach();

  const command = (text: string, user: string, channel = 'C0ESK', slash = '/lnb'): SlashCommand => ({
    token: 'deprecated-verification-token',
    team_id: 'T0TEAM',
    team_domain: 'kommun',
    channel_id: channel,
    channel_name: 'natverk',
    user_id: user,
    user_name: 'someone',
    command: slash,
    text,
    api_app_id: 'A0APP',
    response_url: 'https://hooks.slack.com/commands/x',
    trigger_id: 'T1',
  });
  const run = async (cmd: SlashCommand) => {
    const answers: Parameters<Respond>[0][] = [];
    await runSlackCommand(realRuntime(t, fake), cmd, async (r) => answers.push(r));
    return answers;
  };

  it('answers help privately as blocks, and an unknown word with the help, escaped', async () => {
    const [help] = await run(command('hjälp', 'U0PART'));
    expect(help).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(JSON.stringify(help?.blocks)).toContain('/lnb svara');
    const [unknown] = await run(command('<!channel> 🌱', 'U0PART'));
    expect(JSON.stringify(unknown)).not.toContain('<!channel>');
    expect(JSON.stringify(unknown)).toContain('/lnb svara');
  });

  it('links the channel it was typed in for the coordinator, and refuses a participant', async () => {
    const [done] = await run(command('link katrineholm', 'U0COORD', 'C0KAT'));
    expect(done?.text).toMatch(/kopplad till nätverket Katrineholm/);
    expect((await t.store.links.get('slack-test', 'katrineholm'))?.channel).toBe('C0KAT');
    const [refused] = await run(command('link eskilstuna', 'U0PART', 'C0X'));
    expect(refused?.text).toMatch(/Bara samordnaren/);
    expect(await t.store.links.get('slack-test', 'eskilstuna')).toBeUndefined();
  });

  it('shows a person their own replies with the delete button, and no one else’s', async () => {
    await submitForm(t.ctx, { platform: 'slack', userId: 'U0PART' }, { kind: 'answer', program: 'slack-test', round: 1, network: 'eskilstuna' }, { values: { behov: 'Mitt <svar> *här*' }, role: 'anhorig', consent: false });
    const [mine] = await run(command('mina-svar', 'U0PART'));
    const blocks = JSON.stringify(mine?.blocks);
    expect(blocks).toContain('Mitt &lt;svar&gt;');
    expect(blocks).toContain('lnb_delete_my_data');
    const [other] = await run(command('mina-svar', 'U0OTHER'));
    expect(JSON.stringify(other?.blocks)).not.toContain('Mitt');
    expect(JSON.stringify(other?.blocks)).toContain('Inga svar från dig');
  });

  it('opens the answer modal on the trigger before finding the network, answering nothing through response_url', async () => {
    expect(await run(command('svara', 'U0PART'))).toEqual([]);
    expect(fake.accepted('views.open').map((c) => c.args.trigger_id)).toEqual(['T1']);
    const view = fake.accepted('views.update')[0]?.args.view as { private_metadata?: string } | undefined;
    expect(JSON.parse(view?.private_metadata ?? '{}').ref).toEqual({
      kind: 'answer',
      program: 'slack-test',
      round: 1,
      network: 'eskilstuna',
    });
  });

  it('tells a participant asking for /summary privately who can, and compiles nothing', async () => {
    const [answer] = await run(command('', 'U0PART', 'C0ESK', '/summary'));
    expect(answer?.response_type).toBe('ephemeral');
    expect(fake.calls.filter((c) => c.method.startsWith('files.'))).toEqual([]);
  });
});

describe("through Slack's HTTP path", () => {
  const h = slackHarnessForEach();

  const lnb = (text: string, user: string, channel = 'C0KAT', triggerId?: string) =>
    commandBody({ command: '/lnb', text, user, channel, responseUrl: h.fake.responseUrl('cmd'), triggerId });

  describe('/lnb link', () => {
    it('lets the coordinator link a channel, and the network is found there afterwards', async () => {
      const res = await h.command(lnb('link katrineholm', 'U0COORD'));
      expect(res.status).toBe(200);
      expect(res.json()).toEqual({ response_type: 'ephemeral', replace_original: false, text: expect.stringMatching(/kopplad till nätverket Katrineholm/) });
      const links = await h.t.store.links.list('slack-test');
      expect(links).toEqual([expect.objectContaining({ network: 'katrineholm', platform: 'slack', channel: 'C0KAT', linkedBy: 'slack:U0COORD' })]);
    });

    it('refuses anyone else, and names the networks when the id is wrong', async () => {
      const refused = await h.command(lnb('link katrineholm', 'U0LEAD2'));
      expect((refused.json() as { text: string }).text).toMatch(/Bara samordnaren/);
      const unknown = await h.command(lnb('link <!channel>', 'U0COORD'));
      const text = (unknown.json() as { text: string }).text;
      // What the person typed is echoed escaped, so it cannot ping the channel.
      expect(text).toContain('&lt;!channel&gt;');
      expect(text).not.toContain('<!channel>');
      expect(text).toContain('Eskilstuna, Katrineholm');
      expect(await h.t.store.links.list('slack-test')).toEqual([]);
    });

    it('answers in English to a person whose Slack is in English', async () => {
      h.fake.locales.set('U0COORD', 'en-GB');
      const res = await h.command(lnb('link katrineholm', 'U0COORD'));
      expect((res.json() as { text: string }).text).toMatch(/^Done!/);
      await eventually(() => h.fake.calls.some((c) => c.method === 'users.info'));
      expect(h.fake.calls.find((c) => c.method === 'users.info')?.args).toMatchObject({ user: 'U0COORD', include_locale: 'true' });
      expect((await h.t.store.contacts.get('slack', 'U0COORD'))?.locale).toBe('en');
    });
  });

  describe('/lnb status and help', () => {
    it('shows the coordinator every network, linked or not', async () => {
      const res = await h.command(lnb('status', 'U0COORD'));
      const body = res.json() as { text: string; blocks: { type: string; text?: { text: string } }[] };
      const all = JSON.stringify(body.blocks);
      expect(body.blocks[0]).toMatchObject({ type: 'header' });
      expect(all).toContain('Eskilstuna (eskilstuna): kopplad');
      expect(all).toContain('Katrineholm (katrineholm): ingen kanal');
    });

    it('shows a leader only their own network', async () => {
      const res = await h.command(lnb('status', 'U0LEAD'));
      const all = JSON.stringify(res.json());
      expect(all).toContain('Eskilstuna');
      expect(all).not.toContain('Katrineholm');
    });

    it('answers an unknown subcommand with the help, escaped', async () => {
      const res = await h.command(lnb('dance', 'U0PART'));
      const text = (res.json() as { text: string }).text;
      expect(text).toMatch(/Ordet ”dance” känner jag inte till/);
      // The help is a list of the table's commands, in the program's Swedish words.
      expect(text).toContain('/lnb koppla &lt;nätverk&gt;');
      expect(text).toContain('/summary [träff] [nätverk]');
    });
  });
});
