import { loadConfig } from '../../src/config/config';
import { HttpServer } from '../../src/http/http-server';
import { translate } from '../../src/i18n/translate';
import { startWorkbench } from '../../src/workbench/start-workbench';
import { replyInput } from '../helpers/reply-input';
import { eventually, type SlackHarness, startSlackHarness } from '../slack/slack-harness';
import { commandBody } from '../slack/slack-payloads';
import { cardOf, cardText } from '../teams/helpers/fake-connector';
import { readZip } from '../teams/helpers/read-zip';
import { COORD, channelMessage, ESK_CHANNEL, installInTeam } from '../teams/helpers/teams-activities';
import { startTeamsHarness, type TeamsHarness } from '../teams/helpers/teams-harness';

// The compile worker makes the first draft; generous on a loaded machine.
jest.setTimeout(90_000);

let h: SlackHarness;
let http: HttpServer;
let base: string;

beforeAll(async () => {
  h = await startSlackHarness();
  await h.t.store.links.set({
    program: 'slack-test',
    network: 'katrineholm',
    platform: 'slack',
    channel: 'C0KAT',
    linkedBy: 'U0COORD',
    linkedAt: h.t.clock.now().toISOString(),
  });
  const texts = [
    ['eskilstuna', 'Avlösning i hemmet på kvällarna skulle hjälpa mycket.'],
    ['eskilstuna', 'Jag behöver avlösning så att jag kan vila.'],
    ['katrineholm', 'Information om vilket stöd som finns i kommunen.'],
  ];
  for (const [i, [network, text]] of texts.entries()) {
    await h.t.store.replies.save(
      replyInput({ program: 'slack-test', round: 1, question: 'behov', kind: 'answer', consent: true, id: `r-${i}`, network, text }),
      h.t.clock.now(),
    );
  }
  // The workbench on its own server beside the harness's, over the same context, store and Slack port.
  http = new HttpServer(h.t.ctx.log);
  await http.listen(0, '127.0.0.1');
  startWorkbench({ ctx: h.t.ctx, config: loadConfig({}, { PORT: '0', HOST: '127.0.0.1' }), http });
  base = `http://127.0.0.1:${http.port}`;
});

afterAll(async () => {
  await http?.close();
  await h?.close();
});

/** The posts of a publication: the messages whose key says publish. */
const published = (channel: string) =>
  h.fake.messages.filter((m) => m.channel === channel && String(m.metadata?.event_payload.key ?? '').includes('/publish/'));

describe('publishing from the workbench, over the fake Slack Web API', () => {
  it('gives the coordinator Öppna i arbetsytan with /summary, then posts once per linked network and tells the leaders', async () => {
    await h.command(commandBody({ command: '/summary', text: '1', user: 'U0COORD', channel: 'C0ESK', responseUrl: h.fake.responseUrl('s') }));
    await eventually(() => h.fake.uploads.length === 1, 60_000);
    const dm = h.fake.messages.find((m) => m.channel === 'DU0COORD');
    const blocks = JSON.stringify(dm?.blocks);
    const link = new RegExp(`<(${base}/workbench/open/[\\w.-]+)\\|${translate('sv', 'workbench.open')}>`).exec(blocks)?.[1];
    expect(link).toBeDefined();

    const opened = await fetch(link as string, { redirect: 'manual' });
    const cookie = /^(lnb_workbench=[^;]+)/.exec(opened.headers.get('set-cookie') ?? '')?.[1] as string;
    const state = (await (await fetch(`${base}/workbench/state`, { headers: { cookie } })).json()) as { csrf: string; channels: string[] };
    expect(state.channels).toEqual([
      translate('sv', 'workbench.channel', { network: 'Eskilstuna', channel: 'C0ESK', platform: 'slack' }),
      translate('sv', 'workbench.channel', { network: 'Katrineholm', channel: 'C0KAT', platform: 'slack' }),
    ]);
    const publish = () =>
      fetch(`${base}/workbench/publish`, { method: 'POST', headers: { cookie, 'x-lnb-csrf': state.csrf, 'content-type': 'application/json' }, body: '{}' });

    // Once the coordinator has shaped it, /summary sends the shaped version, not a new draft.
    const shaped = (await (await fetch(`${base}/workbench/state`, { headers: { cookie } })).json()) as {
      questions: { id: string; themes: { id: string }[] }[];
    };
    const q = shaped.questions.find((x) => x.themes.length > 0);
    const rename = { kind: 'rename', question: q?.id, theme: q?.themes[0]?.id, label: 'Avlösning som passar vardagen' };
    const renamed = await fetch(`${base}/workbench/edit`, {
      method: 'POST',
      headers: { cookie, 'x-lnb-csrf': state.csrf, 'content-type': 'application/json' },
      body: JSON.stringify(rename),
    });
    expect(renamed.status).toBe(200);
    await h.command(commandBody({ command: '/summary', text: '1', user: 'U0COORD', channel: 'C0ESK', responseUrl: h.fake.responseUrl('s2') }));
    await eventually(() => h.fake.uploads.length === 2, 60_000);
    expect(JSON.stringify(h.fake.messages.filter((m) => m.channel === 'DU0COORD').at(-1)?.blocks)).toContain('Avlösning som passar vardagen');
    // …and says it is the shaped version, not a draft: in the chat and in the Word file.
    const documentOf = (bytes: Buffer | undefined) => readZip(bytes ?? Buffer.alloc(0)).get('word/document.xml')?.toString('utf8') ?? '';
    const dmText = JSON.stringify(h.fake.messages.filter((m) => m.channel === 'DU0COORD').at(-1));
    expect(dmText).toContain(translate('sv', 'bot.summary.headingEdited', { number: 1 }));
    expect(dmText).not.toContain('Utkast');
    expect(documentOf(h.fake.uploads[0]?.bytes)).toContain('UTKAST');
    expect(documentOf(h.fake.uploads[1]?.bytes)).toContain('BEARBETAD VERSION');
    expect(documentOf(h.fake.uploads[1]?.bytes)).not.toContain('UTKAST');

    const first = await publish();
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ posted: ['eskilstuna', 'katrineholm'], already: [], failed: [] });
    expect(published('C0ESK')).toHaveLength(1);
    expect(published('C0KAT')).toHaveLength(1);
    expect(JSON.stringify(published('C0ESK')[0]?.blocks)).toContain(translate('sv', 'workbench.published.heading', { number: 1 }));
    expect(JSON.stringify(published('C0ESK')[0]?.blocks)).toContain(`${base}/files/`);
    expect(JSON.stringify(published('C0ESK')[0]?.blocks)).toContain('Avlösning som passar vardagen');
    // What the networks get is final: no draft word in the post nor in its Word file.
    expect(JSON.stringify(published('C0ESK')[0])).not.toMatch(/Utkast|Bearbetad/i);
    // The Word file is a link of its own (<address|label>), its address as made: no escaping inside it.
    const fileUrl = /<(http:\/\/127\.0\.0\.1:\d+\/files\/[^|>]+)\|/.exec(JSON.stringify(published('C0ESK')[0]?.blocks))?.[1] as string;
    expect(fileUrl).not.toMatch(/\u200d/);
    const fileRes = await fetch(fileUrl);
    expect(fileRes.status).toBe(200);
    const publishedDoc = documentOf(Buffer.from(await fileRes.arrayBuffer()));
    expect(publishedDoc).toContain('Avlösning som passar vardagen');
    expect(publishedDoc).not.toMatch(/UTKAST|BEARBETAD|Utkast|Bearbetad/);
    expect(published('DU0LEAD')).toHaveLength(1);
    expect(published('DU0LEAD2')).toHaveLength(1);

    const second = await publish();
    expect(await second.json()).toMatchObject({ posted: [], already: ['eskilstuna', 'katrineholm'] });
    expect(published('C0ESK')).toHaveLength(1);
    expect(published('C0KAT')).toHaveLength(1);
    expect(published('DU0LEAD')).toHaveLength(1);
  });
});

describe('publishing to a network with no channel yet', () => {
  it('lists it as not linked, skips it without a failure or a retry, says so, and sends there once after a link', async () => {
    const kat = (await h.t.store.links.get('slack-test', 'katrineholm')) as NonNullable<Awaited<ReturnType<typeof h.t.store.links.get>>>;
    await h.t.store.links.delete('slack-test', 'katrineholm');
    const link = await h.t.ctx.workbenchLink?.({ platform: 'slack', userId: 'U0COORD' }, { round: 1 });
    const opened = await fetch(link as string);
    const cookie = /^(lnb_workbench=[^;]+)/.exec(opened.headers.get('set-cookie') ?? '')?.[1] as string;
    const state = (await (await fetch(`${base}/workbench/state`, { headers: { cookie } })).json()) as { csrf: string; channels: string[] };
    expect(state.channels).toContain(translate('sv', 'workbench.noChannel', { network: 'Katrineholm' }));
    const write = (path: string, body: unknown) =>
      fetch(`${base}${path}`, { method: 'POST', headers: { cookie, 'x-lnb-csrf': state.csrf, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    // A new version: the reflection written.
    expect((await write('/workbench/edit', { kind: 'reflection', text: 'Vi tar med oss avlösningen.' })).status).toBe(200);
    const katPosts = () => published('C0KAT').length;
    const before = katPosts();

    const first = (await (await write('/workbench/publish', {})).json()) as Record<string, unknown>;
    expect(first).toMatchObject({ posted: ['eskilstuna'], unlinked: ['katrineholm'], failed: [] });
    expect(first.message).toContain(translate('sv', 'workbench.publishUnlinked', { networks: 'Katrineholm' }));
    expect(first.message).not.toContain(translate('sv', 'workbench.publishFailed', { networks: 'Katrineholm' }));
    const again = (await (await write('/workbench/publish', {})).json()) as Record<string, unknown>;
    expect(again).toMatchObject({ posted: [], already: ['eskilstuna'], unlinked: ['katrineholm'], failed: [] });
    expect(katPosts()).toBe(before);

    // Linked: the same version goes there on the next click, once.
    await h.t.store.links.set(kat);
    const linked = (await (await write('/workbench/publish', {})).json()) as Record<string, unknown>;
    expect(linked).toMatchObject({ posted: ['katrineholm'], already: ['eskilstuna'], unlinked: [], failed: [] });
    expect(katPosts()).toBe(before + 1);
    const last = (await (await write('/workbench/publish', {})).json()) as Record<string, unknown>;
    expect(last).toMatchObject({ posted: [], already: ['eskilstuna', 'katrineholm'], unlinked: [], failed: [] });
    expect(katPosts()).toBe(before + 1);
  });
});

describe('publishing from the workbench, over the fake Bot Connector', () => {
  let t: TeamsHarness;
  beforeAll(async () => {
    t = await startTeamsHarness({ now: '2026-12-05T10:00:00Z' });
    // Installed in the team and Eskilstuna's channel linked from the chat, as a coordinator does.
    await t.send(installInTeam(t.connector.url));
    await t.send(channelMessage(t.connector.url, COORD, 'link eskilstuna'));
    for (const [i, network] of ['eskilstuna', 'katrineholm'].entries()) {
      await t.t.store.replies.save(
        replyInput({ program: 'teams-test', round: 1, question: 'syfte', id: `t-${i}`, network, text: 'Att anhöriga orkar och får stöd som passar dem.' }),
        t.t.clock.now(),
      );
    }
    startWorkbench({ ctx: t.t.ctx, config: loadConfig({}, { PORT: '0', HOST: '127.0.0.1' }), http: t.http });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('posts one card per version into the linked channel', async () => {
    const link = (await t.t.ctx.workbenchLink?.({ platform: 'teams', userId: 'aad-coord' }, { round: 1 })) as string;
    const opened = await fetch(link, { redirect: 'manual' });
    const cookie = /^(lnb_workbench=[^;]+)/.exec(opened.headers.get('set-cookie') ?? '')?.[1] as string;
    const state = (await (await fetch(`${t.baseUrl}/workbench/state`, { headers: { cookie } })).json()) as { csrf: string };
    const publish = async () =>
      (await (
        await fetch(`${t.baseUrl}/workbench/publish`, {
          method: 'POST',
          headers: { cookie, 'x-lnb-csrf': state.csrf, 'content-type': 'application/json' },
          body: '{}',
        })
      ).json()) as { posted: string[]; already: string[]; failed: unknown[] };
    const cards = () => t.connector.activities(ESK_CHANNEL).filter((a) => cardText(cardOf(a.body)).includes(translate('sv', 'workbench.published.heading', { number: 1 })));

    expect(await publish()).toMatchObject({ posted: expect.arrayContaining(['eskilstuna']) });
    expect(cards()).toHaveLength(1);
    // The Word file is a button that opens its address (Action.OpenUrl), not an address in text.
    expect(JSON.stringify(cardOf(cards()[0]?.body ?? {}))).toMatch(/"Action\.OpenUrl","title":"Hela sammanställningen som Word-fil","url":"http:\/\/127\.0\.0\.1:\d+\/files\//);
    expect((await publish()).already).toContain('eskilstuna');
    expect(cards()).toHaveLength(1);
  });
});
