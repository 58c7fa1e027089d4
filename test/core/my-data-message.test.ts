import { myDataView } from '../../src/core/my-data-message';
import type { Person } from '../../src/core/person';
import { submitForm } from '../../src/core/submit-form';
import { openTestContext, type TestContext } from '../helpers/bot-context';

const anna: Person = { platform: 'local', userId: 'anna' };
const bertil: Person = { platform: 'local', userId: 'bertil' };
// The same user id on another platform is another person.
const annaOnSlack: Person = { platform: 'slack', userId: 'anna' };
const leader: Person = { platform: 'local', userId: 'ledare-eskilstuna' };
const coordinator: Person = { platform: 'local', userId: 'samordnare' };

const ref = (kind: 'answer' | 'minutes', network = 'eskilstuna') => ({ kind, program: 'anhorigstod-2027', round: 1, network });
const shown = (m: { blocks: unknown[] }) => JSON.stringify(m.blocks);

let t: TestContext;
beforeEach(async () => {
  t = await openTestContext({ now: '2026-11-23T10:00:00Z' });
  await submitForm(t.ctx, anna, ref('answer'), { values: { syfte: 'Annas första text.' }, role: 'anhorig', consent: true });
  t.clock.advance(60_000);
  // Edited: the first text is kept as history, and must go with the reply.
  await submitForm(t.ctx, anna, ref('answer'), { values: { syfte: 'Annas andra text.', utveckla: 'Mer avlösning.' }, role: 'anhorig', consent: true });
  await submitForm(t.ctx, bertil, ref('answer'), { values: { syfte: 'Bertils text.' }, role: 'personal', consent: false });
  await submitForm(t.ctx, annaOnSlack, ref('answer', 'katrineholm'), { values: { syfte: 'Den andra Annas text.' }, role: 'chef', consent: false });
  await t.store.contacts.set({ platform: 'local', userId: 'anna', locale: 'sv', role: 'anhorig', reference: { opaque: 'hemligt-123' }, updatedAt: '2026-11-23T10:00:00Z' });
  await t.store.contacts.set({ platform: 'local', userId: 'bertil', locale: 'en', updatedAt: '2026-11-23T10:00:00Z' });
});
afterEach(async () => {
  await t.close();
});

describe('what the bot holds about a person', () => {
  it('shows a person their own answers with question, network, consent and earlier versions, and nobody else’s', async () => {
    const view = await myDataView(t.ctx, anna, 'sv');
    const text = shown(view.message);
    expect(text).toContain('Dina svar (2)');
    expect(text).toContain('Träff 1, Eskilstuna — Vad vill ni uppnå med ett individualiserat anhörigstöd i er kommun? Vad vill ni uppnå för den enskilde anhörige?\\nAnnas andra text.');
    expect(text).toContain('anhörig · får citeras anonymt · sparat 23 november 2026 · tidigare versioner: 1');
    expect(text).toContain('Mer avlösning.');
    expect(text).toContain('Ditt språk: svenska');
    expect(text).toContain('Rollen du valde senast: anhörig');
    // The address is mentioned, never shown.
    expect(text).toContain('Hur boten når dig i en privat chatt');
    expect(text).not.toContain('hemligt-123');
    expect(text).not.toContain('Bertils text');
    expect(text).not.toContain('Den andra Annas text');
    // History text is not repeated: only how many versions there are.
    expect(text).not.toContain('Annas första text');
    expect(view.deletion).toMatchObject({ button: 'Radera mina svar', title: 'Är du säker?', confirm: 'Ja, radera' });
    expect(view.deletion?.text).toContain('(2 st)');
  });

  it('has nothing to delete for someone the bot does not know, and says so', async () => {
    const view = await myDataView(t.ctx, { platform: 'local', userId: 'okand' }, 'en');
    expect(shown(view.message)).toContain('The bot holds nothing about you');
    expect(view.deletion).toBeUndefined();
  });

  it('lists group minutes a leader saved apart, explaining that they stay', async () => {
    await submitForm(t.ctx, leader, ref('minutes'), { values: { syfte: 'Gruppen pratade om avlösning.' }, role: 'chef', consent: false });
    const view = await myDataView(t.ctx, leader, 'sv');
    const text = shown(view.message);
    expect(text).toContain('Dina svar (0)');
    expect(text).toContain('Gruppens anteckningar som du sparade senast');
    expect(text).toContain('Gruppen pratade om avlösning.');
    expect(text).toContain('Du står också med som ledare eller samordnare i programfilen');
    expect(view.deletion?.text).toContain('Gruppens anteckningar finns kvar');
  });

  it('tells a coordinator they are in the program file, and everyone when the program\'s replies go', async () => {
    const view = await myDataView(t.ctx, coordinator, 'sv');
    const text = shown(view.message);
    expect(text).toContain('Boten har inget sparat om dig');
    expect(text).toContain('Du står också med som ledare eller samordnare i programfilen');
    expect(text).toContain('Individualiserat anhörigstöd');
    expect(shown((await myDataView(t.ctx, anna, 'sv')).message)).not.toContain('programfilen');
  });

  it('shows a reply from an older program by its ids, and markup as plain text', async () => {
    await t.store.replies.save(
      { id: 'old', program: 'anhorigstod-2026', round: 2, network: 'gnesta', question: 'behov', author: anna, role: 'anhorig', kind: 'answer', text: '<i>Förra</i> året 🌧', option: null, consent: false },
      t.clock.now(),
    );
    const text = shown((await myDataView(t.ctx, anna, 'en')).message);
    expect(text).toContain('anhorigstod-2026');
    expect(text).toContain('gnesta');
    expect(text).toContain('<i>Förra</i> året 🌧');
    expect(text).toContain('Your answers (3)');
  });
});
