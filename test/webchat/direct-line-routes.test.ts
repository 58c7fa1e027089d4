import { request } from 'node:http';
import type { RunningBot } from '../../src/app/start-bot';
import { roundMessage } from '../../src/core/messages/round-message';
import { tempDir } from '../helpers/temp-dir';
import { startLocalBot } from './helpers/start-local-bot';

const dir = tempDir();
let bot: RunningBot;
let base: string;

beforeAll(async () => {
  bot = await startLocalBot(dir.path);
  base = `http://127.0.0.1:${bot.port}/directline/v3/directline`;
});

afterAll(async () => {
  await bot?.stop();
  dir.remove();
});

interface Session {
  conversationId: string;
  token: string;
  expires_in: number;
}
interface ActivitySet {
  activities: Record<string, unknown>[];
  watermark: string;
}
type Card = { body: { text?: string }[]; actions?: { title: string }[] };

const post = (path: string, body: unknown, token?: string) =>
  fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const get = (path: string, token?: string) => fetch(`${base}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

/** A token for a visitor, and the conversation opened as Web Chat opens it. */
async function open(userId: string, network = 'eskilstuna', locale?: 'sv' | 'en'): Promise<Session> {
  const res = await post('/tokens/generate', { user: { id: userId }, network, ...(locale ? { locale } : {}) });
  expect(res.status).toBe(200);
  const session = (await res.json()) as Session;
  const started = await post('/conversations', {}, session.token);
  expect(started.status).toBe(201);
  expect(((await started.json()) as Session).conversationId).toBe(session.conversationId);
  return session;
}

/** Polls until `until` holds for everything after `watermark`, as Web Chat's poller would. */
async function poll(s: Session, watermark: string, until: (set: ActivitySet) => boolean): Promise<ActivitySet> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const res = await get(`/conversations/${s.conversationId}/activities?watermark=${watermark}`, s.token);
    expect(res.status).toBe(200);
    const set = (await res.json()) as ActivitySet;
    if (until(set)) return set;
    if (Date.now() > deadline) throw new Error(`not there: ${JSON.stringify(set).slice(0, 500)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const cardOf = (a: Record<string, unknown>) => (a.attachments as { content: Card }[] | undefined)?.[0]?.content;
const cardTexts = (a: Record<string, unknown>) => (cardOf(a)?.body ?? []).map((b) => b.text ?? '').join('\n');

describe('the local Direct Line service', () => {
  it('opens a conversation with the round card, takes a message, and answers it through the bot', async () => {
    const s = await open('deltagare-eskilstuna');
    const first = await poll(s, '', (set) => set.activities.length > 0);
    expect(cardTexts(first.activities[0] ?? {})).toContain('Träff 1: Vad är ett individualiserat anhörigstöd?');
    expect(cardOf(first.activities[0] ?? {})?.actions?.map((a) => a.title)).toEqual(['Svara', 'Dokumentera gruppens samtal (ledare)']);

    const sent = await post(`/conversations/${s.conversationId}/activities`, { type: 'message', text: 'status', from: { id: 'someone-else' }, channelData: { clientActivityID: 'c1' } }, s.token);
    expect(sent.status).toBe(200);
    const { id } = (await sent.json()) as { id: string };
    expect(id).toMatch(new RegExp(`^${s.conversationId}\\|\\d+$`));

    const after = await poll(s, first.watermark, (set) => set.activities.some((a) => a.replyToId === id));
    // The echo carries the token's visitor, whatever the client claimed, and the client's id back.
    const echo = after.activities.find((a) => a.id === id);
    expect(echo?.from).toEqual({ id: 'deltagare-eskilstuna', name: 'deltagare-eskilstuna', role: 'user' });
    // The service adds the network the token stands for (the bot reads it, whatever the page sent).
    expect(echo?.channelData).toEqual({ clientActivityID: 'c1', lnbNetwork: 'eskilstuna' });
    const answer = after.activities.find((a) => a.replyToId === id);
    expect(answer?.from).toMatchObject({ role: 'bot' });
    expect(Number(after.watermark)).toBeGreaterThan(Number(first.watermark));

    // Nothing new past the latest watermark.
    const none = await get(`/conversations/${s.conversationId}/activities?watermark=${after.watermark}`, s.token);
    expect(((await none.json()) as ActivitySet).activities).toEqual([]);

    // Help here speaks of this chat, not of Teams' @-mentions; its commands are the typed words.
    const asked = await post(`/conversations/${s.conversationId}/activities`, { type: 'message', text: 'hjälp' }, s.token);
    const helpId = ((await asked.json()) as { id: string }).id;
    const helped = await poll(s, after.watermark, (set) => set.activities.some((a) => a.replyToId === helpId));
    // The help is a card: one line per command of the table, as typed here.
    const help = cardTexts(helped.activities.find((a) => a.replyToId === helpId) ?? {});
    expect(help).toContain('här i chatten');
    expect(help).not.toMatch(/Teams|@-omnämnandet|\/lnb/);
  });

  it('puts a refused form back in place of the one sent, with the text in it, as Teams updates the card clicked', async () => {
    const s = await open('deltagare-eskilstuna');
    const start = await poll(s, '', (set) => set.activities.length > 0);
    const asked = await post(`/conversations/${s.conversationId}/activities`, { type: 'message', text: 'svara' }, s.token);
    const askId = ((await asked.json()) as { id: string }).id;
    const opened = await poll(s, start.watermark, (set) => set.activities.some((a) => a.replyToId === askId));
    const form = opened.activities.find((a) => a.replyToId === askId) ?? {};
    const submit = cardOf(form)?.actions?.[0] as { data?: Record<string, unknown> } | undefined;
    expect(submit?.data).toMatchObject({ lnb: 'submit', kind: 'answer' });

    // Sent without a role, twice: each time the form comes back refused, in the place of the one clicked.
    let watermark = opened.watermark;
    for (const text of ['Avlösning hemma.', 'Avlösning hemma, och någon att prata med.']) {
      const sent = await post(`/conversations/${s.conversationId}/activities`, { type: 'message', value: { ...submit?.data, 'q.syfte': text, 'f.consent': 'false' } }, s.token);
      expect(sent.status).toBe(200);
      const after = await poll(s, watermark, (set) => set.activities.some((a) => a.id === form.id));
      const fromBot = after.activities.filter((a) => (a.from as { role?: string } | undefined)?.role === 'bot');
      expect(fromBot.map((a) => a.id)).toEqual([form.id]);
      const again = fromBot[0] ?? {};
      expect(cardTexts(again)).toContain('Välj din roll.');
      expect(JSON.stringify(cardOf(again))).toContain(JSON.stringify(text));
      watermark = after.watermark;
    }
  });

  it('refuses a missing or wrong token and an unknown conversation', async () => {
    const s = await open('deltagare-katrineholm', 'katrineholm');
    const other = await open('deltagare-nykoping', 'nykoping');
    const path = `/conversations/${s.conversationId}/activities`;
    expect((await get(path)).status).toBe(401);
    expect((await get(path, 'not-a-token')).status).toBe(403);
    expect((await get(path, other.token)).status).toBe(403);
    expect((await post(path, { type: 'message', text: 'hjälp' }, other.token)).status).toBe(403);
    expect((await get('/conversations/no-such-conversation/activities', s.token)).status).toBe(404);
    expect((await post('/conversations', {}, 'not-a-token')).status).toBe(403);
    expect((await post('/conversations', {})).status).toBe(401);
  });

  it('answers nothing to a page that reached it under another name (DNS rebinding)', async () => {
    const status = (host: string) =>
      new Promise<number>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port: bot.port, path: '/', headers: { host } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.once('error', reject);
        req.end();
      });
    expect(await status('evil.example:3978')).toBe(403);
    expect(await status(`localhost:${bot.port}`)).toBe(200);
  });

  it('keeps the unauthenticated Teams endpoint of the local trial to this machine as well', async () => {
    const body = JSON.stringify({ type: 'message', text: 'hjälp' });
    const status = (host: string) =>
      new Promise<number>((resolve, reject) => {
        const headers = { host, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) };
        const req = request({ host: '127.0.0.1', port: bot.port, path: '/api/messages', method: 'POST', headers }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.once('error', reject);
        req.end(body);
      });
    expect(await status('evil.example:3978')).toBe(403);
    // From this machine the request reaches the bot (which refuses an activity with no conversation).
    expect(await status(`127.0.0.1:${bot.port}`)).not.toBe(403);
  });

  it('refuses a body that is not JSON, an activity without a type, and a token for no network', async () => {
    const s = await open('deltagare-eskilstuna');
    const path = `/conversations/${s.conversationId}/activities`;
    expect((await post(path, '{not json', s.token)).status).toBe(400);
    expect((await post(path, { text: 'no type' }, s.token)).status).toBe(400);
    expect((await post('/tokens/generate', { user: { id: 'x' }, network: 'nowhere' })).status).toBe(400);
    expect((await post('/tokens/generate', { user: { id: 'has spaces' }, network: 'eskilstuna' })).status).toBe(400);
    expect((await post('/tokens/generate', '[]')).status).toBe(400);
  });

  it('gives a nykoping visitor the round card though the network has no channel yet', async () => {
    const s = await open('deltagare-nykoping', 'nykoping');
    const set = await poll(s, '', (x) => x.activities.length > 0);
    expect(cardTexts(set.activities[0] ?? {})).toContain('Här är frågorna inför nästa träff i Nyköping.');
  });

  it('relays what the schedule sends to local networks: channel posts to the network, private messages to the person', async () => {
    const mine = await open('deltagare-eskilstuna');
    const elsewhere = await open('deltagare-katrineholm', 'katrineholm');
    const before = await poll(mine, '', (set) => set.activities.length > 0);
    const beforeElsewhere = await poll(elsewhere, '', (set) => set.activities.length > 0);
    const note = (text: string) => ({ fallback: text, blocks: [{ type: 'text' as const, text }], actions: [] });
    const local = bot.ctx.ports.local;
    await local?.post({ platform: 'local', program: 'anhorigstod-2027', network: 'eskilstuna', channel: 'eskilstuna' }, note('Till kanalen'), 'test/1');
    await local?.sendDirect('deltagare-eskilstuna', note('Bara till dig'), 'test/2');
    const after = await poll(mine, before.watermark, (set) => set.activities.length >= 2);
    expect(after.activities.map(cardTexts)).toEqual(['Till kanalen', 'Bara till dig']);
    // A message for the other visitor, sent after those two: once it is there, anything of theirs
    // that had gone astray would be there before it.
    await local?.sendDirect('deltagare-katrineholm', note('Till den andra'), 'test/3');
    const other = await poll(elsewhere, beforeElsewhere.watermark, (set) => set.activities.length > 0);
    expect(other.activities.map(cardTexts)).toEqual(['Till den andra']);
  });

  it("shows the round's cards in the page's language: English cards on the English page of a Swedish program", async () => {
    const english = await open('visitor-en', 'eskilstuna', 'en');
    const first = await poll(english, '', (set) => set.activities.length > 0);
    const card = JSON.stringify(cardOf(first.activities[0] ?? {}));
    expect(card).toContain('"title":"Answer"');
    expect(card).not.toContain('"title":"Svara"');
    // The schedule's reminder, written in the program's Swedish for the channel, reaches the English visitor in English.
    const program = bot.ctx.program;
    const round = program.rounds[0];
    const network = program.networks.find((n) => n.id === 'eskilstuna');
    if (!round || !network) throw new Error('example program changed');
    const reminder = roundMessage(program, round, network, 'remind', 'sv');
    await bot.ctx.ports.local?.post({ platform: 'local', program: program.program.id, network: 'eskilstuna', channel: 'eskilstuna' }, reminder, `${program.program.id}/1/eskilstuna/remind/0`);
    const after = await poll(english, first.watermark, (set) => set.activities.length > 0);
    const relayed = JSON.stringify(cardOf(after.activities[0] ?? {}));
    expect(relayed).toContain('"title":"Answer"');
    expect(relayed).not.toContain('Svara');
  });

  it('refreshes a token and reconnects to a conversation', async () => {
    const s = await open('ledare-eskilstuna');
    const refreshed = await post('/tokens/refresh', {}, s.token);
    expect(refreshed.status).toBe(200);
    const renewed = (await refreshed.json()) as Session;
    expect(renewed).toMatchObject({ conversationId: s.conversationId, expires_in: 3600 });
    expect(renewed.token).not.toBe(s.token);
    const again = await get(`/conversations/${s.conversationId}?watermark=0`, renewed.token);
    expect(again.status).toBe(200);
  });

  it('takes the bot\'s connector calls under the conversation\'s token: an update keeps its id and time, a 1:1 chat is the open conversation', async () => {
    const s = await open('ledare-katrineholm', 'katrineholm');
    const first = await poll(s, '', (set) => set.activities.length > 0);
    const card = first.activities[0] ?? {};
    const connector = `http://127.0.0.1:${bot.port}/local-connector/${s.token}/v3/conversations`;
    const json = { 'content-type': 'application/json' };
    const put = await fetch(`${connector}/${s.conversationId}/activities/${encodeURIComponent(String(card.id))}`, {
      method: 'PUT',
      headers: json,
      body: JSON.stringify({ type: 'message', text: 'ersatt' }),
    });
    expect(put.status).toBe(200);
    const after = await poll(s, first.watermark, (set) => set.activities.length > 0);
    // Web Chat replaces the activity it shows when one with the same id arrives.
    expect(after.activities[0]).toMatchObject({ id: card.id, timestamp: card.timestamp, text: 'ersatt' });
    const created = await fetch(connector, { method: 'POST', headers: json, body: JSON.stringify({ members: [{ id: 'ledare-katrineholm' }] }) });
    expect(await created.json()).toMatchObject({ id: s.conversationId });
    const unknown = await fetch(`${connector}/nowhere/activities`, { method: 'POST', headers: json, body: '{"type":"message"}' });
    expect(unknown.status).toBe(404);
  });

  it('imports the example replies once, and not again on a restart', async () => {
    const replies = await bot.store.replies.list({ program: 'anhorigstod-2027' });
    expect(replies.filter((r) => r.author === null)).toHaveLength(33);
    // One taken away: a second import would bring it back.
    await bot.store.replies.delete('ex-001');
    await bot.stop();
    bot = await startLocalBot(dir.path);
    base = `http://127.0.0.1:${bot.port}/directline/v3/directline`;
    expect(await bot.store.replies.list({ program: 'anhorigstod-2027' })).toHaveLength(replies.length - 1);
  });

  it('serves the page and the Web Chat bundle from the bot itself', async () => {
    const page = await fetch(`http://127.0.0.1:${bot.port}/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('lokalt provläge');
    expect(html).toContain('<code>docs/teams.md</code>');
    expect(html).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)[^"'\s]*\.js/);
    const english = await (await fetch(`http://127.0.0.1:${bot.port}/?lang=en`)).text();
    expect(english).toContain('local trial');
    const bundle = await fetch(`http://127.0.0.1:${bot.port}/webchat/webchat.js`);
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toContain('javascript');
    expect((await bundle.arrayBuffer()).byteLength).toBeGreaterThan(1_000_000);
  });
});
