import { openForm } from '../../src/core/open-form';
import type { Person } from '../../src/core/person';
import { submitForm, submitFormFrom } from '../../src/core/submit-form';
import { testContextForEach } from '../helpers/bot-context';

const anna: Person = { platform: 'local', userId: 'anna' };
const leader: Person = { platform: 'local', userId: 'ledare-eskilstuna' };
const ref = { kind: 'answer' as const, program: 'anhorigstod-2027', round: 1, network: 'eskilstuna' };

const t = testContextForEach();

describe('answer form', () => {
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
});

describe('minutes form', () => {
  const minutes = { ...ref, kind: 'minutes' as const };

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
});

describe('what people type', () => {
  it('keeps markup, emoji and inner line breaks as written, and unifies line endings', async () => {
    const text = '<b>Avlösning</b> & *stöd* 👩‍👧\r\nrad två\rrad tre';
    expect((await submitForm(t.ctx, anna, ref, { values: { syfte: text }, role: 'anhorig', consent: true })).ok).toBe(true);
    expect((await t.store.replies.list({}))[0]?.text).toBe('<b>Avlösning</b> & *stöd* 👩‍👧\nrad två\nrad tre');
  });

  it('takes an answer of only invisible characters for no answer', async () => {
    const invisible = '\u200b\u200d \u2060\ufeff\n';
    const sent = await submitForm(t.ctx, anna, ref, { values: { syfte: invisible, utveckla: '\u200bVerklig text\u200b' }, role: 'anhorig', consent: false });
    expect(sent.ok).toBe(true);
    expect((await t.store.replies.list({})).map((r) => [r.question, r.text])).toEqual([['utveckla', 'Verklig text']]);
  });

  it('ignores values for questions the round does not have, and refuses a role it does not know', async () => {
    const odd = await submitForm(t.ctx, anna, ref, { values: { syfte: 'Text', hackad: 'x' }, role: 'kung', consent: false });
    expect(odd).toEqual({ ok: false, storeFailed: false, errors: { role: expect.any(String) } });
    const fine = await submitForm(t.ctx, anna, ref, { values: { syfte: 'Text', hackad: 'x' }, role: 'ideell', consent: false });
    expect(fine.ok).toBe(true);
    expect((await t.store.replies.list({})).map((r) => r.question)).toEqual(['syfte']);
  });

  it('tells an English client it was saved, in English', async () => {
    const sent = await submitForm(t.ctx, { ...anna, locale: 'en' }, ref, { values: { syfte: 'Text' }, role: 'chef', consent: false });
    expect(sent.ok && sent.message).toMatch(/1/);
    expect(sent.ok && sent.saved.map((r) => r.author)).toEqual([{ platform: 'local', userId: 'anna' }]);
  });
});

describe('submitFormFrom', () => {
  it('saves a form sent from its network\'s channel', async () => {
    const sent = await submitFormFrom(t.ctx, anna, { kind: 'channel', network: 'eskilstuna' }, ref, { values: { syfte: 'Från kanalen' }, role: 'anhorig', consent: false });
    expect(sent.ok).toBe(true);
    expect((await t.store.replies.list({})).map((r) => r.network)).toEqual(['eskilstuna']);
  });

  it('refuses, on the first field, a form whose data names another network than the channel\'s', async () => {
    const sent = await submitFormFrom(t.ctx, anna, { kind: 'channel', network: 'katrineholm' }, ref, { values: { syfte: 'Handgjord' }, role: 'anhorig', consent: false });
    expect(sent).toEqual({ ok: false, storeFailed: false, errors: { syfte: expect.stringContaining('svarar du för Katrineholm') } });
    expect(await t.store.replies.list({})).toEqual([]);
  });

  it('keeps the text and says so when the store cannot tell whose network it is', async () => {
    await t.store.close();
    const sent = await submitFormFrom(t.ctx, anna, { kind: 'personal' }, ref, { values: { syfte: 'Viktig text' }, role: 'anhorig', consent: false });
    expect(sent).toEqual({ ok: false, storeFailed: true, errors: { syfte: expect.stringMatching(/finns kvar/) } });
  });
});
