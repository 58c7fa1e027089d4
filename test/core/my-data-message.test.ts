import { myDataView } from '../../src/core/my-data-message';
import { submitForm } from '../../src/core/submit-form';
import { anna, coordinator, leader, myDataStoreForEach, ref, shown } from './helpers/my-data-store';

const t = myDataStoreForEach();

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
