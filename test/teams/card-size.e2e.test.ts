import { MAX_ANSWER_LENGTH } from '../../src/core/form-model';
import { parseProgram } from '../../src/program/load-program';
import { replyInput } from '../helpers/reply-input';
import { cardOf, cardText, MAX_ACTIVITY_BYTES } from './helpers/fake-connector';
import { ANNA, cardSubmit, ESK_CHANNEL, personalConversationId, personalMessage } from './helpers/teams-activities';
import { startTeamsHarness, type TeamsHarness } from './helpers/teams-harness';
import { TEAMS_PROGRAM_YAML } from './helpers/teams-program';

/** Teams refuses a bot's activity over about 28 KB (413 MessageSizeTooBig); the fake connector does too. */
const LIMIT = MAX_ACTIVITY_BYTES;

let h: TeamsHarness;
beforeEach(async () => {
  h = await startTeamsHarness();
});
afterEach(async () => h.close());

const personal = personalConversationId(ANNA);

/** A full-length answer in Swedish, with the characters card escaping lengthens (*, _, [, ]). */
function longAnswer(seed: number): string {
  const sentence = `Svar ${seed}: vi behöver *avlösning* i hemmet, [stöd](x) och _samordning_ mellan förvaltningarna. `;
  return sentence.repeat(Math.ceil(MAX_ANSWER_LENGTH / sentence.length)).slice(0, MAX_ANSWER_LENGTH);
}

/** A whole program's worth for one person: four meetings, four questions each, every answer at the limit, each edited. */
async function seedLargest(): Promise<void> {
  const inputs = [];
  for (let round = 1; round <= 4; round++) {
    for (let q = 1; q <= 4; q++) {
      inputs.push(
        replyInput({
          id: `big-${round}-${q}`,
          program: 'teams-test',
          round,
          network: 'eskilstuna',
          question: `fraga-${q}`,
          author: { platform: 'teams', userId: 'aad-anna' },
          text: longAnswer(round * 10 + q),
        }),
      );
    }
  }
  await h.t.store.replies.saveMany(inputs, h.t.clock.now());
}

describe('card size in Teams', () => {
  it('mina svar with the largest realistic content stays under 28 KB and says where the rest is', async () => {
    await seedLargest();
    expect((await h.send(personalMessage(h.connector.url, ANNA, 'mina svar'))).status).toBe(200);
    const sent = h.connector.activities(personal).at(-1);
    if (!sent) throw new Error('nothing sent');
    expect(Buffer.byteLength(JSON.stringify(sent.body), 'utf8')).toBeLessThan(LIMIT);
    const text = cardText(sent.body);
    expect(text).toMatch(/Några svar är förkortade \(…\) så att kortet får plats i Teams/);
    // Every answer is still named, only shortened.
    for (let q = 1; q <= 4; q++) expect(text).toContain(`Svar 4${q}:`);
  });

  it('a card Teams refuses as too large (413) gives the person a clear message once, not a loop', async () => {
    const tooBig = { error: { code: 'MessageSizeTooBig', message: 'Message size too big' } };
    h.connector.fail((c) => c.method === 'POST' && c.conversationId === personal && c.path.includes('/activities'), 413, 1, {}, tooBig);
    const ask = personalMessage(h.connector.url, ANNA, 'mina svar');
    expect((await h.send(ask)).status).toBe(200);
    const told = h.connector.activities(personal);
    expect(told).toHaveLength(1);
    expect(String(told[0]?.body.text)).toMatch(/för stort för Teams att visa/);
    expect(String(told[0]?.body.text)).not.toMatch(/Något gick fel/);
    // Teams sends the activity again (no answer came through): it is not tried again, so no loop.
    expect((await h.send(ask)).status).toBe(200);
    expect(h.connector.activities(personal)).toHaveLength(1);
  });
});

describe('a form whose saved answers alone are larger than a card', () => {
  const QUESTIONS = 10;
  const program = parseProgram(
    TEAMS_PROGRAM_YAML.replace(
      /questions:[\s\S]*$/,
      `questions:\n${Array.from({ length: QUESTIONS }, (_, i) => `      - { id: q${i + 1}, text: Fråga ${i + 1} om stödet? }\n`).join('')}`,
    ),
    'long-answers.yaml',
  );
  const ref = { kind: 'answer', program: 'teams-test', round: 1, network: 'eskilstuna' };
  type Input = { type: string; id?: string; value?: string };
  const inputs = (card: Record<string, unknown> | undefined) => ((card?.body ?? []) as Input[]).filter((e) => e.type.startsWith('Input.'));
  const submitData = (card: Record<string, unknown> | undefined) => ((card?.actions ?? []) as { data?: Record<string, unknown> }[])[0]?.data ?? {};

  /** 3,000 characters of Swedish with three-byte punctuation: about 4 KB each, 40 KB for the ten. */
  const answer = (n: number) => {
    const sentence = `Fråga ${n}: vår vardag – med ”avlösning” på kvällar och helger – är väldigt tung för oss båda. `;
    return sentence.repeat(Math.ceil(MAX_ANSWER_LENGTH / sentence.length)).slice(0, MAX_ANSWER_LENGTH);
  };

  let long: TeamsHarness;
  beforeEach(async () => {
    long = await startTeamsHarness({ program });
    await long.t.store.links.set({ program: 'teams-test', network: 'eskilstuna', platform: 'teams', channel: ESK_CHANNEL, linkedBy: 'teams:aad-coord', linkedAt: '2026-11-01T10:00:00Z' });
  });
  afterEach(async () => long.close());

  it('opens with what fits, says where the rest is, and a save keeps the answers it could not show', async () => {
    // Anna answers every question at full length (in the form she opened with Svara in Eskilstuna's channel).
    await long.send(cardSubmit(long.connector.url, ANNA, { lnb: 'open', ...ref }, 'act-channel-card', `${ESK_CHANNEL};messageid=1`));
    const typed = Object.fromEntries(Array.from({ length: QUESTIONS }, (_, i) => [`q.q${i + 1}`, answer(i + 1)]));
    expect(Buffer.byteLength(Object.values(typed).join(''), 'utf8')).toBeGreaterThan(LIMIT);
    await long.send(cardSubmit(long.connector.url, ANNA, { lnb: 'submit', ...ref, ...typed, 'f.role': 'anhorig', 'f.consent': 'true' }, 'act-form-1'));
    const saved = async () => Object.fromEntries((await long.t.store.replies.list({ program: 'teams-test' })).map((r) => [`q.${r.question}`, r]));
    expect(Object.keys(await saved())).toHaveLength(QUESTIONS);

    // Ändra: the form comes back within Teams' limit …
    long.connector.calls.length = 0;
    await long.send(cardSubmit(long.connector.url, ANNA, { lnb: 'open', ...ref }, 'act-confirmation'));
    const sent = long.connector.activities(personal);
    const formActivity = sent.at(-1);
    const form = cardOf(formActivity?.body ?? {});
    expect(Buffer.byteLength(JSON.stringify(formActivity?.body), 'utf8')).toBeLessThan(LIMIT);
    // … every answer it shows is whole (never cut, so a save cannot cut it) …
    const boxes = inputs(form).filter((i) => i.id?.startsWith('q.'));
    const shown = boxes.filter((b) => b.value !== '');
    const left = boxes.filter((b) => b.value === '').map((b) => b.id ?? '');
    expect(shown.length).toBeGreaterThan(0);
    expect(left.length).toBeGreaterThan(0);
    for (const box of shown) expect(box.value).toBe(typed[box.id ?? '']);
    // … the others are named in the submit and explained under their box …
    expect(submitData(form).kept).toEqual(left.map((id) => id.slice('q.'.length)));
    expect(cardText(form).match(/Ditt sparade svar på den här frågan är för långt/g)).toHaveLength(left.length);
    expect(cardText(form)).toMatch(/Lämna rutan tom för att behålla det/);
    // … and arrive whole, as plain text, in the messages before the form.
    const before = sent.slice(0, -1).map((a) => a.body);
    expect(before.length).toBeGreaterThan(0);
    for (const message of before) {
      expect(message.textFormat).toBe('plain');
      expect(Buffer.byteLength(JSON.stringify(message), 'utf8')).toBeLessThan(LIMIT);
    }
    const told = before.map((m) => String(m.text)).join('\n');
    for (const id of left) expect(told).toContain(typed[id]);
    expect(told).toMatch(/Ditt sparade svar på ”Fråga \d+ om stödet\?”/);

    // Sent as Teams sends it: the shown answers as they are, the empty boxes empty. Nothing changes.
    const before1 = await saved();
    const asShown = Object.fromEntries(boxes.map((b) => [b.id, b.value]));
    await long.send(cardSubmit(long.connector.url, ANNA, { ...submitData(form), ...asShown, 'f.role': 'anhorig', 'f.consent': 'true' }, 'act-form-2'));
    const after1 = await saved();
    for (const [id, text] of Object.entries(typed)) {
      expect(after1[id]?.text).toBe(text);
      expect(after1[id]?.history).toHaveLength(0);
    }
    expect(after1).toEqual(before1);

    // A new role still reaches every answer, the kept ones whole; and a box written in replaces its answer.
    const [replaced, ...stillKept] = left;
    await long.send(
      cardSubmit(long.connector.url, ANNA, { ...submitData(form), ...asShown, [replaced ?? '']: 'Kortare nu.', 'f.role': 'chef', 'f.consent': 'true' }, 'act-form-3'),
    );
    const after2 = await saved();
    expect(after2[replaced ?? '']?.text).toBe('Kortare nu.');
    for (const id of stillKept) expect(after2[id]).toMatchObject({ text: typed[id], role: 'chef' });
    for (const box of shown) expect(after2[box.id ?? '']).toMatchObject({ text: typed[box.id ?? ''], role: 'chef' });
  });

  it('a refused submit whose newly typed text is larger than a card gives it all back, every activity under 28 KB', async () => {
    await long.send(cardSubmit(long.connector.url, ANNA, { lnb: 'open', ...ref }, 'act-channel-card', `${ESK_CHANNEL};messageid=1`));
    const typed = Object.fromEntries(Array.from({ length: QUESTIONS }, (_, i) => [`q.q${i + 1}`, answer(i + 1)]));
    long.connector.calls.length = 0;
    // No role chosen: refused for a reason of its own, with 40 KB of unsaved text in the boxes.
    await long.send(cardSubmit(long.connector.url, ANNA, { lnb: 'submit', ...ref, ...typed, 'f.consent': 'true' }, 'act-form-1'));
    expect(await long.t.store.replies.list({ program: 'teams-test' })).toHaveLength(0);
    // Teams took everything the bot sent (nothing refused as too large) …
    expect(long.connector.calls.filter((c) => c.path.includes('/activities')).map((c) => c.status)).not.toContain(413);
    const sent = long.connector.activities(personal);
    for (const activity of sent) expect(Buffer.byteLength(JSON.stringify(activity.body), 'utf8')).toBeLessThanOrEqual(LIMIT);
    // … the form came back in place of the one sent, with the reason …
    const update = sent.find((a) => a.method === 'PUT' && a.activityId === 'act-form-1');
    const form = cardOf(update?.body ?? {});
    expect(cardText(form)).toMatch(/roll/i);
    // … every typed text whole, either in its box or in the messages with it, none cut.
    const boxes = inputs(form).filter((i) => i.id?.startsWith('q.'));
    const left = boxes.filter((b) => b.value === '').map((b) => b.id ?? '');
    expect(left.length).toBeGreaterThan(0);
    for (const box of boxes.filter((b) => b.value !== '')) expect(box.value).toBe(typed[box.id ?? '']);
    const messages = sent.filter((a) => a !== update).map((a) => a.body);
    for (const message of messages) expect(message.textFormat).toBe('plain');
    const told = messages.map((m) => String(m.text)).join('\n');
    for (const id of left) expect(told).toContain(typed[id]);
    expect(told).toMatch(/Det du skrev om ”Fråga \d+ om stödet\?” \(inte sparat än/);
    expect(cardText(form).match(/Det du skrev här fick inte plats i formuläret/g)).toHaveLength(left.length);

    // Sent again with a role but the moved boxes left empty: what fitted is saved, and an empty box takes nothing back.
    const asShown = Object.fromEntries(boxes.map((b) => [b.id, b.value]));
    await long.send(cardSubmit(long.connector.url, ANNA, { ...submitData(form), ...asShown, 'f.role': 'anhorig', 'f.consent': 'true' }, 'act-form-1'));
    const saved = await long.t.store.replies.list({ program: 'teams-test' });
    expect(saved.map((r) => `q.${r.question}`).sort()).toEqual(boxes.filter((b) => b.value !== '').map((b) => b.id).sort());
  });

  it('a pasted text over a message is refused as too long and given back whole over several messages', async () => {
    await long.send(cardSubmit(long.connector.url, ANNA, { lnb: 'open', ...ref }, 'act-channel-card', `${ESK_CHANNEL};messageid=1`));
    const pasted = Array.from({ length: 20 }, (_, i) => `${answer(i)}\n`).join('');
    expect(Buffer.byteLength(pasted, 'utf8')).toBeGreaterThan(2 * LIMIT);
    long.connector.calls.length = 0;
    await long.send(cardSubmit(long.connector.url, ANNA, { lnb: 'submit', ...ref, 'q.q1': pasted, 'f.role': 'anhorig', 'f.consent': 'true' }, 'act-form-1'));
    expect(long.connector.calls.filter((c) => c.path.includes('/activities')).map((c) => c.status)).not.toContain(413);
    const sent = long.connector.activities(personal);
    const messages = sent.filter((a) => a.method === 'POST').map((a) => String(a.body.text));
    expect(messages.length).toBeGreaterThan(2);
    expect(messages.join('')).toContain(pasted.slice(0, 200));
    expect(messages.join('').replace(/^[^\n]*\n\n/, '')).toBe(pasted);
    const form = cardOf(sent.find((a) => a.method === 'PUT')?.body ?? {});
    expect(cardText(form)).toMatch(/3000/);
  });
});
