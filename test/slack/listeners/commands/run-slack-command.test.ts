import { eventually, type SlackHarness, startSlackHarness } from '../../slack-harness';
import { commandBody } from '../../slack-payloads';

let h: SlackHarness;
beforeEach(async () => {
  h = await startSlackHarness();
});
afterEach(async () => {
  await h.close();
});

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
