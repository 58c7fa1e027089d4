import type { RunningBot } from '../../src/app/start-bot';
import { tempDir } from '../helpers/temp-dir';
import { startLocalBot } from './helpers/start-local-bot';

// The local trial over HTTP, as Web Chat drives it: the clock stands at 23 November 2026,
// where round 1 is open and round 2's questions have not gone out.
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

type Activity = Record<string, unknown>;
const post = (path: string, body: unknown, token?: string) =>
  fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });

interface Session {
  conversationId: string;
  token: string;
}

/** A visitor opens a conversation for `network`, as the page does. */
async function open(userId: string, network: string): Promise<Session> {
  const s = (await (await post('/tokens/generate', { user: { id: userId }, network })).json()) as Session;
  await post('/conversations', {}, s.token);
  return s;
}

/** The visitor says `activity` in the conversation; the bot's reply to it. */
async function sayIn(s: Session, activity: Activity): Promise<string> {
  const { id } = (await (await post(`/conversations/${s.conversationId}/activities`, { type: 'message', ...activity }, s.token)).json()) as { id: string };
  const deadline = Date.now() + 15_000;
  for (;;) {
    const res = await fetch(`${base}/conversations/${s.conversationId}/activities`, { headers: { authorization: `Bearer ${s.token}` } });
    const reply = ((await res.json()) as { activities: Activity[] }).activities.find((a) => a.replyToId === id && a.type === 'message');
    if (reply) return JSON.stringify(reply);
    if (Date.now() > deadline) throw new Error('no reply');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A visitor of `network` says `activity` in a new conversation; the bot's reply to it. */
const say = async (userId: string, network: string, activity: Activity) => sayIn(await open(userId, network), activity);

describe('the local trial keeps to the answer rules', () => {
  it('a participant answers for the network chosen on the page, not for one they name', async () => {
    expect(await say('deltagare-eskilstuna', 'eskilstuna', { text: 'svara' })).toContain('Vad vill ni uppnå med ett individualiserat anhörigstöd');
    const refused = await say('deltagare-eskilstuna', 'eskilstuna', { text: 'answer katrineholm' });
    expect(refused).toContain('svarar du för Eskilstuna');
    expect(refused).not.toContain('Vad vill ni uppnå');
  });

  it("the conversation is its network's, whatever else the visitor has open or the page claims", async () => {
    // The coordinator opens Eskilstuna's conversation, then Nyköping's in another tab.
    const eskilstuna = await open('samordnare', 'eskilstuna');
    await open('samordnare', 'nykoping');
    // `svara` in Eskilstuna's is Eskilstuna's form (not the newest tab's), whatever network the page puts in channelData.
    const form = await sayIn(eskilstuna, { text: 'svara', channelData: { lnbNetwork: 'nykoping' } });
    expect(form).toContain('Eskilstuna: svara på de frågor du vill');
    expect(form).not.toContain('Nyköping');
  });

  it('a round whose questions have not gone out opens no form, even from a made-up button', async () => {
    const value = { lnb: 'open', kind: 'answer', program: 'anhorigstod-2027', round: 2, network: 'eskilstuna' };
    const reply = await say('deltagare-eskilstuna', 'eskilstuna', { value });
    expect(reply).toContain('Träff 2 är inte öppen för svar än');
    const submit = { lnb: 'submit', kind: 'answer', program: 'anhorigstod-2027', round: 2, network: 'eskilstuna', 'f.role': 'anhorig', 'f.consent': 'false' };
    const q = bot.program.rounds[1]?.questions[0]?.id ?? '';
    await say('deltagare-eskilstuna', 'eskilstuna', { value: { ...submit, [`q.${q}`]: 'För tidigt' } });
    expect(await bot.store.replies.list({ program: 'anhorigstod-2027', round: 2 })).toEqual([]);
  });
});
