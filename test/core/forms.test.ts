import { openForm } from '../../src/core/open-form';
import type { Person } from '../../src/core/person';
import { submitForm } from '../../src/core/submit-form';
import { openTestContext, type TestContext } from '../helpers/bot-context';
import { replyInput } from '../helpers/reply-input';

const anna: Person = { platform: 'local', userId: 'anna' };
const leader: Person = { platform: 'local', userId: 'ledare-eskilstuna' };
const ref = { kind: 'answer' as const, program: 'anhorigstod-2027', round: 1, network: 'eskilstuna' };

let t: TestContext;
beforeEach(async () => {
  t = await openTestContext();
});
afterEach(async () => {
  await t.close();
});

describe('answer form', () => {
  it('opens empty with one field per question, Swedish by default, no role yet', async () => {
    const opened = await openForm(t.ctx, anna, ref);
    if (!opened.ok) throw new Error(opened.message);
    expect(opened.form.fields.map((f) => f.id)).toEqual(['syfte', 'utveckla', 'exempel', 'stodplan']);
    expect(opened.form.fields.every((f) => f.value === null && f.maxLength === 3000)).toBe(true);
    expect(opened.form.fields[0]?.help).toMatch(/behov/);
    expect(opened.form.submitLabel).toBe('Skicka');
    // The limit is said before anything is written: a platform cuts a longer paste in the box without a word.
    expect(opened.form.intro).toMatch(/Högst 3\s000 tecken per fråga/);
    expect(opened.form.role?.value).toBeNull();
  });

  it('stores a submission, then shows it again for editing with the role remembered', async () => {
    const sent = await submitForm(t.ctx, anna, ref, {
      values: { syfte: '  Att få avlösning när jag behöver.\r\n', utveckla: '' },
      role: 'anhorig',
      consent: true,
    });
    expect(sent.ok).toBe(true);
    const stored = await t.store.replies.list({ program: 'anhorigstod-2027' });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ question: 'syfte', text: 'Att få avlösning när jag behöver.', role: 'anhorig', consent: true, kind: 'answer' });
    // The id never carries the platform user id.
    expect(stored[0]?.id).not.toContain('anna');

    const again = await openForm(t.ctx, anna, ref);
    if (!again.ok) throw new Error(again.message);
    expect(again.form.fields[0]?.value).toBe('Att få avlösning när jag behöver.');
    expect(again.form.role?.value).toBe('anhorig');
    expect(again.form.consent.value).toBe(true);

    // Next round, once it is open: nothing saved there, but the role is offered again.
    t.clock.set('2027-01-20T10:00:00Z');
    const next = await openForm(t.ctx, anna, { ...ref, round: 2 });
    if (!next.ok) throw new Error(next.message);
    expect(next.form.fields.every((f) => f.value === null)).toBe(true);
    expect(next.form.role?.value).toBe('anhorig');
  });

  it('an edit replaces the answer, keeps the old one in history, and a cleared answer is removed', async () => {
    await submitForm(t.ctx, anna, ref, { values: { syfte: 'Först', exempel: 'Anhörigcafé' }, role: 'anhorig', consent: false });
    t.clock.advance(60_000);
    const edited = await submitForm(t.ctx, anna, ref, { values: { syfte: 'Sedan', exempel: '' }, role: 'anhorig', consent: false });
    expect(edited.ok).toBe(true);
    const stored = await t.store.replies.list({ program: 'anhorigstod-2027' });
    expect(stored.map((r) => [r.question, r.text])).toEqual([['syfte', 'Sedan']]);
    expect(stored[0]?.history.map((h) => h.text)).toEqual(['Först']);
  });

  it('a re-sent identical submit changes nothing', async () => {
    const values = { values: { syfte: 'Samma' }, role: 'chef', consent: false };
    await submitForm(t.ctx, anna, ref, values);
    const before = await t.store.replies.list({});
    t.clock.advance(5_000);
    await submitForm(t.ctx, anna, ref, values);
    const after = await t.store.replies.list({});
    expect(after).toEqual(before);
  });

  it('refuses an empty submission on the first field and a missing role on the role', async () => {
    const empty = await submitForm(t.ctx, anna, ref, { values: { syfte: '   ' }, role: 'anhorig', consent: false });
    expect(empty).toEqual({ ok: false, storeFailed: false, errors: { syfte: expect.stringMatching(/minst en fråga/) } });
    const noRole = await submitForm(t.ctx, anna, ref, { values: { syfte: 'Text' }, role: undefined, consent: false });
    expect(noRole.ok).toBe(false);
    if (!noRole.ok) expect(Object.keys(noRole.errors)).toEqual(['role']);
    expect(await t.store.replies.list({})).toHaveLength(0);
  });

  it('takes group minutes of up to 9,000 characters per question whole, and says so up front', async () => {
    const minutes = { ...ref, kind: 'minutes' as const };
    const opened = await openForm(t.ctx, leader, minutes);
    if (!opened.ok) throw new Error('minutes form refused');
    expect(opened.form.fields.every((f) => f.maxLength === 9000)).toBe(true);
    expect(opened.form.intro).toContain('Upp till 9');
    const long = 'Vi talade länge om avlösning. '.repeat(250).trim();
    expect(long.length).toBeGreaterThan(7000);
    expect(await submitForm(t.ctx, leader, minutes, { values: { syfte: long }, role: null, consent: true })).toMatchObject({ ok: true });
    expect((await t.store.replies.list({})).map((r) => r.text)).toEqual([long]);
    const over = await submitForm(t.ctx, leader, minutes, { values: { syfte: 'x'.repeat(9001) }, role: null, consent: true });
    expect(over).toMatchObject({ ok: false, errors: { syfte: expect.stringMatching(/9001 tecken, högst 9000/) } });
  });

  it('refuses an answer over 3,000 characters and an option the question does not have', async () => {
    const long = await submitForm(t.ctx, anna, ref, { values: { syfte: 'x'.repeat(3001) }, role: 'anhorig', consent: false });
    expect(long.ok).toBe(false);
    if (!long.ok) expect(long.errors.syfte).toMatch(/3001 tecken, högst 3000 per fråga\). Inget är sparat än och din text finns kvar/);
    expect(await t.store.replies.list({})).toEqual([]);
    const evaluation = { ...ref, round: 4 };
    t.clock.set('2027-03-20T10:00:00Z'); // round 4 is open
    const bad = await submitForm(t.ctx, anna, evaluation, {
      values: { [t.ctx.program.rounds[3]?.questions[0]?.id ?? '']: 'Kanske' },
      role: 'anhorig',
      consent: false,
    });
    expect(bad).toMatchObject({ ok: false, errors: { [t.ctx.program.rounds[3]?.questions[0]?.id ?? '']: 'Välj ett av alternativen.' } });
  });

  it('keeps the text and says so when the store fails', async () => {
    await t.store.close();
    const failed = await submitForm(t.ctx, anna, ref, { values: { syfte: 'Viktig text' }, role: 'anhorig', consent: false });
    expect(failed).toEqual({ ok: false, storeFailed: true, errors: { syfte: expect.stringMatching(/finns kvar/) } });
  });

  it('speaks English to a person whose client is in English', async () => {
    const opened = await openForm(t.ctx, { ...anna, locale: 'en' }, ref);
    if (!opened.ok) throw new Error(opened.message);
    expect(opened.form.submitLabel).toBe('Send');
  });
});

describe('minutes form', () => {
  const minutes = { ...ref, kind: 'minutes' as const };

  it('is refused, kindly, to someone who does not lead the network', async () => {
    const opened = await openForm(t.ctx, anna, minutes);
    expect(opened).toEqual({ ok: false, message: expect.stringMatching(/Bara nätverkets ledare/) });
    const other = await openForm(t.ctx, { platform: 'local', userId: 'ledare-katrineholm' }, minutes);
    expect(other.ok).toBe(false);
    const sent = await submitForm(t.ctx, anna, minutes, { values: { syfte: 'x' }, role: 'anhorig', consent: false });
    expect(sent.ok).toBe(false);
    expect(await t.store.replies.list({})).toHaveLength(0);
  });

  it('is one text per network that the leaders and the coordinator share', async () => {
    const saved = await submitForm(t.ctx, leader, minutes, { values: { syfte: 'Gruppen talade om avlösning.' }, role: 'personal', consent: true });
    expect(saved.ok).toBe(true);
    const coordinator = await openForm(t.ctx, { platform: 'local', userId: 'samordnare' }, minutes);
    if (!coordinator.ok) throw new Error(coordinator.message);
    expect(coordinator.form.fields[0]?.value).toBe('Gruppen talade om avlösning.');
    const stored = await t.store.replies.list({});
    expect(stored).toHaveLength(1);
    expect(stored[0]?.kind).toBe('minutes');
  });

  it('opens with the minutes already stored, however they came in, and saving keeps one record per question', async () => {
    // Imported minutes carry ids of their own (lnb import), and the other leader's save an older copy.
    t.clock.set('2026-11-22T10:00:00Z');
    await t.store.replies.saveMany([replyInput({ id: 'import-esk-syfte', kind: 'minutes', author: null, text: 'Importerat: gruppen talade om avlösning.' })], t.clock.now());
    t.clock.set('2026-11-23T10:00:00Z');
    await t.store.replies.saveMany(
      [replyInput({ id: 'import-esk-syfte-2', kind: 'minutes', author: null, text: 'Senare import: avlösning och stödsamtal.' }), replyInput({ id: 'import-esk-exempel', kind: 'minutes', question: 'exempel', author: null, text: 'Anhörigcafé.' })],
      t.clock.now(),
    );
    const opened = await openForm(t.ctx, leader, minutes);
    if (!opened.ok) throw new Error(opened.message);
    expect(opened.form.fields.map((f) => [f.id, f.value])).toEqual([
      ['syfte', 'Senare import: avlösning och stödsamtal.'],
      ['utveckla', null],
      ['exempel', 'Anhörigcafé.'],
      ['stodplan', null],
    ]);
    const saved = await submitForm(t.ctx, leader, minutes, { values: { syfte: 'Avlösning, stödsamtal och växelvård.', exempel: 'Anhörigcafé.', utveckla: 'Fler träffar.' }, role: null, consent: true });
    expect(saved.ok).toBe(true);
    const stored = await t.store.replies.list({ program: 'anhorigstod-2027' });
    expect(stored.map((r) => [r.question, r.text]).sort()).toEqual([
      ['exempel', 'Anhörigcafé.'],
      ['syfte', 'Avlösning, stödsamtal och växelvård.'],
      ['utveckla', 'Fler träffar.'],
    ]);
    // The newest record is the one written (its history keeps the import), the older copy is folded away.
    expect(stored.find((r) => r.question === 'syfte')).toMatchObject({ id: 'import-esk-syfte-2', history: [expect.objectContaining({ text: 'Senare import: avlösning och stödsamtal.' })] });
  });

  it("asks whether the group agreed to be quoted, not the leader's role, and remembers no role from it", async () => {
    const opened = await openForm(t.ctx, leader, minutes);
    if (!opened.ok) throw new Error(opened.message);
    expect(opened.form.role).toBeUndefined();
    expect(opened.form.consent.text).toMatch(/Gruppen har sagt ja/);
    expect(opened.form.consent.text).not.toMatch(/mig/);
    const saved = await submitForm(t.ctx, leader, minutes, { values: { syfte: 'Gruppen talade om avlösning.' }, role: null, consent: true });
    expect(saved.ok).toBe(true);
    expect((await t.store.contacts.get('local', 'ledare-eskilstuna'))?.role).toBeUndefined();
    // Their own answer form still asks for their role.
    const own = await openForm(t.ctx, leader, ref);
    expect(own.ok && own.form.role?.options.length).toBeGreaterThan(0);
  });
});

it('says so when a button names a round the program no longer has', async () => {
  const opened = await openForm(t.ctx, anna, { ...ref, round: 42 });
  expect(opened).toEqual({ ok: false, message: expect.stringMatching(/finns inte längre/) });
});
