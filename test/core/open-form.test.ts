import { formRefusal, openForm } from '../../src/core/open-form';
import type { Person } from '../../src/core/person';
import { submitForm } from '../../src/core/submit-form';
import { testContextForEach } from '../helpers/bot-context';
import { replyInput } from '../helpers/reply-input';

const anna: Person = { platform: 'local', userId: 'anna' };
const leader: Person = { platform: 'local', userId: 'ledare-eskilstuna' };
const ref = { kind: 'answer' as const, program: 'anhorigstod-2027', round: 1, network: 'eskilstuna' };

const t = testContextForEach();

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

describe('formRefusal', () => {
  it('lets a participant open an open round\'s answer form, and a leader their minutes, without reading the store', async () => {
    await t.store.close();
    expect(formRefusal(t.ctx, anna, ref)).toBeUndefined();
    expect(formRefusal(t.ctx, leader, { ...ref, kind: 'minutes' })).toBeUndefined();
    expect(formRefusal(t.ctx, { platform: 'local', userId: 'samordnare' }, { ...ref, kind: 'minutes', network: 'nykoping' })).toBeUndefined();
  });

  it('refuses a round or network the program does not have, another network\'s minutes, and a round not open yet', () => {
    expect(formRefusal(t.ctx, anna, { ...ref, network: 'atlantis' })).toMatch(/finns inte längre/);
    expect(formRefusal(t.ctx, anna, { ...ref, program: 'annat' })).toMatch(/finns inte längre/);
    expect(formRefusal(t.ctx, leader, { ...ref, kind: 'minutes', network: 'katrineholm' })).toMatch(/Bara nätverkets ledare/);
    expect(formRefusal(t.ctx, anna, { ...ref, round: 3 })).toMatch(/^Träff 3 är inte öppen för svar än/);
    expect(formRefusal(t.ctx, { ...anna, locale: 'en' }, { ...ref, round: 3 })).toMatch(/^Meeting 3/);
  });
});
