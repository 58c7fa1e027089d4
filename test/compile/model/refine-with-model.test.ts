import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileRound } from '../../../src/compile/compile-round';
import type { ModelSettings } from '../../../src/compile/model/model-settings';
import { refineWithModel } from '../../../src/compile/model/refine-with-model';
import { parseReplyLines } from '../../../src/compile/read-replies';
import type { Compilation, CompileReply } from '../../../src/compile/types';
import { exampleProgram } from '../../helpers/bot-context';
import { type FakeOpenAi, type FakeRequest, goodAnswer, startFakeOpenAi } from '../../helpers/fake-openai';

const root = join(__dirname, '..', '..', '..');
const { replies: examples } = parseReplyLines(readFileSync(join(root, 'examples', 'replies.sv.jsonl'), 'utf8'), 'sv');
const program = exampleProgram();

/** Personal data the requests must never carry. */
const SECRETS = {
  personalNumber: '19121212-1212',
  phone: '070-123 45 67',
  email: 'karin.svensson@example.se',
  userId: 'U0SECRET42',
};
const withSecrets: CompileReply[] = [
  ...examples,
  {
    id: 'pii-1',
    author: SECRETS.userId,
    question: 'syfte',
    network: 'eskilstuna',
    role: 'anhorig',
    kind: 'answer',
    consent: true,
    text: `Ring mig på ${SECRETS.phone} eller mejla ${SECRETS.email}, mitt personnummer är ${SECRETS.personalNumber}. Här i Eskilstuna och i Katrineholm behöver anhöriga mer stöd.`,
  },
];
const input = { program, round: 1, replies: withSecrets, locale: 'sv' as const };

let fake: FakeOpenAi;
let offline: Compilation;
const settings = (over: Partial<ModelSettings> = {}): ModelSettings => ({
  url: fake.url,
  model: 'fake-model',
  apiKey: 'sk-test',
  callTimeoutMs: 10_000,
  totalTimeoutMs: 20_000,
  ...over,
});
const refine = (over: Partial<ModelSettings> = {}, signal?: AbortSignal) =>
  refineWithModel(offline, { replies: withSecrets, program }, settings(over), signal ? { signal } : {});
const themes = (c: Compilation) => c.questions.flatMap((q) => q.themes);
const asked = (c: Compilation) => themes(c).filter((t) => !t.other && t.replyIds.length > 0);

beforeAll(() => {
  offline = compileRound(input);
});
beforeEach(async () => {
  fake = await startFakeOpenAi();
});
afterEach(async () => {
  await fake.close();
});

describe('refineWithModel against a fake OpenAI-compatible server', () => {
  it('uses a good answer: heading, synthesis and quotes per theme, marked as the model\'s, counts untouched', async () => {
    const c = await refine();
    const before = asked(offline);
    expect(fake.requests).toHaveLength(before.length);
    expect(c.model).toMatchObject({ name: 'fake-model', asked: before.length, written: before.length, fallbacks: [] });
    expect(c.model?.tokens).toEqual({ prompt: 900 * before.length, completion: 160 * before.length });
    for (const t of asked(c)) {
      const was = before.find((b) => b.id === t.id);
      // A program's own theme keeps its heading; the model writes only its synthesis.
      if (t.guided) expect(t.label).toBe(was?.label);
      else expect(t.label).toMatch(/^Samtal om /);
      expect(t.summary).toMatch(/^Temat lyfts av /);
      expect(t.model).toEqual({ heading: !t.guided, summary: true, quotes: t.quotes !== was?.quotes });
      expect({ replyIds: t.replyIds, replyCount: t.replyCount, networks: t.networks }).toEqual({
        replyIds: was?.replyIds,
        replyCount: was?.replyCount,
        networks: was?.networks,
      });
    }
    // "Övrigt" keeps its own text, and each network's lines name the new headings.
    for (const t of themes(c).filter((x) => x.other)) expect(t.model).toBeUndefined();
    const raised = c.networks.flatMap((n) => n.raised.flatMap((r) => r.themes));
    expect(raised.some((l) => l.startsWith('Samtal om '))).toBe(true);
  });

  it('asks with structured output, the theme\'s replies by number, and "nätverk N" for networks', async () => {
    await refine();
    const [first] = await fake.received(1);
    expect(first?.path).toBe('/v1/chat/completions');
    expect(first?.headers.authorization).toBe('Bearer sk-test');
    expect(first?.body).toMatchObject({ model: 'fake-model', response_format: { type: 'json_schema', json_schema: { strict: true } } });
    const ids = first?.payload.replies.map((r) => r.id) ?? [];
    expect(ids).toEqual(ids.map((_, i) => i + 1));
    const nets = new Set(fake.requests.flatMap((r) => r.payload.replies.map((x) => x.network)));
    expect([...nets].sort()).toEqual(['nätverk 1', 'nätverk 2', 'nätverk 3']);
  });

  it('sends no personal identity number, phone, e-mail, user id, reply id or network name', async () => {
    await refine();
    const sent = fake.requests.map((r) => r.raw).join('\n');
    expect(fake.requests.some((r) => r.raw.includes('behöver anhöriga mer stöd'))).toBe(true);
    for (const secret of [...Object.values(SECRETS), '0701234567', 'karin', 'pii-1', 'ex-001']) {
      expect(sent.toLowerCase()).not.toContain(secret.toLowerCase());
    }
    for (const n of program.networks) {
      expect(sent.toLowerCase()).not.toContain(n.id.toLowerCase());
      expect(sent.toLowerCase()).not.toContain(n.name.toLowerCase());
      for (const leader of n.leaders) expect(sent).not.toContain(leader);
    }
  });

  const rejected: [string, (r: FakeRequest) => object, string][] = [
    ['an invented quote', (r) => ({ quotes: [{ reply: r.payload.replies.find((x) => x.quotable)?.id ?? 1, text: 'Detta har ingen någonsin skrivit i något svar' }] }), 'invented-quote'],
    ['an unknown reply id', (r) => ({ sources: [r.payload.replies.length + 7] }), 'unknown-id'],
    ['a person\'s name', () => ({ synthesis: 'Anna berättar att stödet behöver bli mer flexibelt för de anhöriga som vårdar.' }), 'names-person'],
    ['a network\'s name', () => ({ synthesis: 'Framför allt i Eskilstuna beskrivs stödet som för litet och alltför ojämnt fördelat.' }), 'names-network'],
    ['a network by its number', () => ({ synthesis: 'Framför allt nätverk 2 beskriver stödet som för litet och alltför ojämnt fördelat.' }), 'names-network'],
    ['a number the data lacks', () => ({ synthesis: 'Hela 87 procent av de anhöriga beskriver stödet som för litet och ojämnt fördelat.' }), 'unknown-number'],
  ];
  it.each(rejected)('rejects %s for that theme only, and the offline text stays', async (_what, spoil, reason) => {
    fake.respond = (r, n) => ({ answer: n === 0 ? { ...goodAnswer(r.payload), ...spoil(r) } : goodAnswer(r.payload) });
    const c = await refine();
    const spoilt = themes(offline).find((t) => t.label === fake.requests[0]?.payload.draftHeading);
    expect(c.model?.fallbacks).toEqual([{ themeId: spoilt?.id, reason }]);
    const kept = themes(c).find((t) => t.id === spoilt?.id);
    expect(kept).toEqual(spoilt);
    expect(c.model?.written).toBe(asked(offline).length - 1);
  });

  it('rejects a synthesis that repeats five words in a row of a reply whose author did not consent', async () => {
    const secret = examples.find((r) => r.consent !== true && r.question === 'syfte' && (r.text ?? '').split(' ').length > 8);
    const run = (secret?.text ?? '').split(/\s+/).slice(0, 6).join(' ');
    fake.respond = (r, n) => ({
      answer: n === 0 ? { ...goodAnswer(r.payload), synthesis: `Svaren beskriver att ${run.toLowerCase()} enligt flera av deltagarna i nätverken.` } : goodAnswer(r.payload),
    });
    const c = await refine();
    expect(c.model?.fallbacks.map((f) => f.reason)).toEqual(['verbatim']);
  });

  it('falls back on malformed JSON, a 500 and a refusal, theme by theme', async () => {
    const replies = [{ answer: '{"heading": "Stöd", "synthesis": ' }, { raw: 'not json at all' }, { status: 500 }, { status: 400 }];
    fake.respond = (r, n) => replies[n] ?? { answer: goodAnswer(r.payload) };
    const c = await refine();
    expect(c.model?.fallbacks.map((f) => f.reason).sort()).toEqual(['malformed', 'malformed', 'refused', 'server-error']);
  });

  it('waits out a 429 for its Retry-After, then asks again and uses the answer', async () => {
    fake.respond = (r, n) => (n === 0 ? { status: 429, headers: { 'retry-after': '1' } } : { answer: goodAnswer(r.payload) });
    const c = await refine();
    expect(c.model?.fallbacks).toEqual([]);
    expect(c.model?.written).toBe(asked(offline).length);
    expect(fake.requests).toHaveLength(asked(offline).length + 1);
  });

  it('gives up on a 429 whose Retry-After is longer than one call may take', async () => {
    fake.respond = (r, n) => (n === 0 ? { status: 429, headers: { 'retry-after': '3600' } } : { answer: goodAnswer(r.payload) });
    const c = await refine();
    expect(c.model?.fallbacks.map((f) => f.reason)).toEqual(['rate-limited']);
  });

  it('falls back when the server hangs: per call after LLM_TIMEOUT_MS', async () => {
    fake.respond = (r, n) => (n === 0 ? 'hang' : { answer: goodAnswer(r.payload) });
    const c = await refine({ callTimeoutMs: 300 });
    expect(c.model?.fallbacks.map((f) => f.reason)).toEqual(['timeout']);
  });

  it('falls back for every theme left when the whole compilation\'s time is up', async () => {
    fake.respond = () => 'hang';
    const c = await refine({ totalTimeoutMs: 400 });
    expect(c.model?.written).toBe(0);
    expect(new Set(c.model?.fallbacks.map((f) => f.reason))).toEqual(new Set(['stopped']));
    expect(themes(c)).toEqual(themes(offline));
  });

  it('stops at once when told to finish (the worker\'s time limit is near)', async () => {
    fake.respond = () => 'hang';
    const stop = new AbortController();
    const done = refine({}, stop.signal);
    await fake.received(1);
    stop.abort();
    const c = await done;
    expect(c.model?.written).toBe(0);
    expect(themes(c)).toEqual(themes(offline));
  });

  it('keeps to LLM_CONCURRENCY calls at once', async () => {
    fake.respond = () => 'hang';
    const stop = new AbortController();
    const done = refine({ concurrency: 3 }, stop.signal);
    await fake.received(3);
    // Every call in flight hangs: a fourth could only start when one ended.
    stop.abort();
    await done;
    expect(fake.requests).toHaveLength(3);
  });

  it('keeps the offline draft whatever goes wrong in the model step itself, and says a model was asked', async () => {
    // A limit no timer takes: the step fails before any call.
    const c = await refine({ totalTimeoutMs: -1 });
    expect(fake.requests).toHaveLength(0);
    expect(c.model).toMatchObject({ asked: 0, written: 0, fallbacks: [{ themeId: '*', reason: 'error' }] });
    expect(themes(c)).toEqual(themes(offline));
  });
});
