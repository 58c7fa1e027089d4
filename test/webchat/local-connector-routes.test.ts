import type { RunningBot } from '../../src/app/start-bot';
import { FakeClock } from '../helpers/fake-clock';
import { tempDir } from '../helpers/temp-dir';
import { startLocalBot } from './helpers/start-local-bot';

const dir = tempDir();
const clock = new FakeClock('2026-11-23T10:00:00Z');
let bot: RunningBot;
let root: string;
let base: string;

beforeAll(async () => {
  bot = await startLocalBot(dir.path, clock);
  root = `http://127.0.0.1:${bot.port}`;
  base = `${root}/directline/v3/directline`;
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
type Activity = Record<string, unknown>;

const post = (path: string, body: unknown, token?: string, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const activities = async (s: Session, token = s.token) => {
  const res = await fetch(`${base}/conversations/${s.conversationId}/activities`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, body: (await res.json()) as { activities?: Activity[]; error?: { code: string } } };
};

async function open(userId: string, network = 'eskilstuna'): Promise<Session> {
  const res = await post('/tokens/generate', { user: { id: userId }, network });
  expect(res.status).toBe(200);
  const session = (await res.json()) as Session;
  expect((await post('/conversations', {}, session.token)).status).toBe(201);
  return session;
}

/** What the bot would send through the local connector, as botbuilder's ConnectorClient sends it. */
const fromBot = (text: string) => JSON.stringify({ type: 'message', text });
const connectorPost = (token: string | null, conversationId: string, text: string) =>
  fetch(`${root}/local-connector/${token === null ? '' : `${encodeURIComponent(token)}/`}v3/conversations/${conversationId}/activities`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: fromBot(text),
  });
const texts = async (s: Session) => ((await activities(s)).body.activities ?? []).map((a) => a.text);

describe('the local connector', () => {
  it('takes nothing "from the bot" without the conversation\'s own token', async () => {
    const s = await open('deltagare-eskilstuna');
    const other = await open('deltagare-katrineholm', 'katrineholm');
    expect((await connectorPost(null, s.conversationId, 'utan token')).status).toBe(401);
    expect((await connectorPost('fel-token', s.conversationId, 'fel token')).status).toBe(401);
    expect((await connectorPost(other.token, s.conversationId, 'annans token')).status).toBe(401);
    expect((await connectorPost(s.token, s.conversationId, 'rätt token')).status).toBe(200);
    const shown = await texts(s);
    expect(shown).toContain('rätt token');
    expect(shown).not.toContain('utan token');
    expect(shown).not.toContain('fel token');
    expect(shown).not.toContain('annans token');
    // A 1:1 chat is opened only for the person whose token it is.
    const json = { 'content-type': 'application/json' };
    const create = (token: string, member: string) =>
      fetch(`${root}/local-connector/${token}/v3/conversations`, { method: 'POST', headers: json, body: JSON.stringify({ members: [{ id: member }] }) });
    expect((await create(other.token, 'deltagare-eskilstuna')).status).toBe(401);
    expect(await (await create(s.token, 'deltagare-eskilstuna')).json()).toMatchObject({ id: s.conversationId });
  });

  it('gives the bot the conversation\'s token in the serviceUrl of what the visitor says, so its answer arrives', async () => {
    const s = await open('deltagare-eskilstuna');
    const sent = await post(`/conversations/${s.conversationId}/activities`, { type: 'message', text: 'hjälp' }, s.token);
    const { id } = (await sent.json()) as { id: string };
    const echo = ((await activities(s)).body.activities ?? []).find((a) => a.id === id);
    expect(echo?.serviceUrl).toBe(`${root}/local-connector/${s.token}/`);
  });
});

describe('tokens/generate', () => {
  it('takes JSON only: a plain-text post (which any web page may send) makes no conversation', async () => {
    const kept = await open('deltagare-eskilstuna');
    for (let i = 0; i < 250; i++) {
      const res = await post('/tokens/generate', JSON.stringify({ user: { id: `x${i}` }, network: 'eskilstuna' }), undefined, { 'content-type': 'text/plain' });
      expect(res.status).toBe(415);
    }
    expect((await activities(kept)).status).toBe(200);
  });

  it('answers the trial\'s own page only', async () => {
    const body = { user: { id: 'deltagare-eskilstuna' }, network: 'eskilstuna' };
    expect((await post('/tokens/generate', body, undefined, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await post('/tokens/generate', body, undefined, { origin: 'null' })).status).toBe(403);
    expect((await post('/tokens/generate', body, undefined, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    const own = new URL(root).origin;
    expect((await post('/tokens/generate', body, undefined, { origin: own, 'sec-fetch-site': 'same-origin' })).status).toBe(200);
  });
});

describe('token lifetime', () => {
  it('a token expires after its expires_in; a refreshed one lives on, and the old one still ends on time', async () => {
    const s = await open('ledare-eskilstuna');
    expect(s.expires_in).toBe(3600);
    clock.advance(30 * 60_000);
    const refreshed = await post('/tokens/refresh', {}, s.token);
    expect(refreshed.status).toBe(200);
    const renewed = (await refreshed.json()) as Session;
    expect(renewed).toMatchObject({ conversationId: s.conversationId, expires_in: 3600 });
    expect(renewed.token).not.toBe(s.token);

    clock.advance(31 * 60_000); // the first token is 61 minutes old, the refreshed one 31
    const expired = await activities(s);
    expect(expired).toMatchObject({ status: 403, body: { error: { code: 'TokenExpired' } } });
    expect((await post('/tokens/refresh', {}, s.token)).status).toBe(403);
    expect((await connectorPost(s.token, s.conversationId, 'gammal token')).status).toBe(401);
    expect((await activities(renewed, renewed.token)).status).toBe(200);
    expect((await connectorPost(renewed.token, s.conversationId, 'ny token')).status).toBe(200);

    clock.advance(30 * 60_000);
    expect((await activities(renewed, renewed.token)).status).toBe(403);
  });
});
