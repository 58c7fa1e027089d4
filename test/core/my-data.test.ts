import { deleteMyData } from '../../src/core/delete-my-data';
import { linkChannel } from '../../src/core/link-channel';
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
});

describe('deleting it', () => {
  it('deletes the person’s answers with their history and their contact, and leaves everyone else’s', async () => {
    const before = await t.store.replies.list({});
    expect(before).toHaveLength(4);
    const result = await deleteMyData(t.ctx, anna, 'sv');
    expect(result).toMatchObject({ answers: 2, minutesKept: 0, contact: true });
    expect(result.message).toMatch(/^Klart\. Dina svar är raderade \(2 st\)/);

    const after = await t.store.replies.list({});
    expect(after.map((r) => r.text).sort()).toEqual(['Bertils text.', 'Den andra Annas text.']);
    // Nothing of hers is left anywhere, not even an earlier version inside another record.
    expect(JSON.stringify(after)).not.toMatch(/Annas (första|andra) text|Mer avlösning/);
    expect(await t.store.contacts.get('local', 'anna')).toBeUndefined();
    expect(await t.store.contacts.get('local', 'bertil')).toMatchObject({ locale: 'en' });

    const again = await myDataView(t.ctx, anna, 'sv');
    expect(shown(again.message)).toContain('Boten har inget sparat om dig');
    expect((await deleteMyData(t.ctx, anna, 'sv')).answers).toBe(0);
  });

  it('keeps group minutes as the network’s record but takes the leader’s id off them', async () => {
    await submitForm(t.ctx, leader, ref('minutes'), { values: { syfte: 'Första anteckningen.' }, role: 'chef', consent: false });
    await submitForm(t.ctx, coordinator, ref('minutes', 'katrineholm'), { values: { utveckla: 'Samordnarens anteckning.' }, role: 'annan', consent: false });
    const result = await deleteMyData(t.ctx, leader, 'sv');
    expect(result).toMatchObject({ answers: 0, minutesKept: 1 });
    expect(result.message).toContain('Gruppens anteckningar (1 st) finns kvar, utan ditt namn.');
    const minutes = await t.store.replies.list({ program: 'anhorigstod-2027' });
    const leaderMinutes = minutes.find((r) => r.text === 'Första anteckningen.');
    expect(leaderMinutes?.author).toBeNull();
    expect(minutes.find((r) => r.text === 'Samordnarens anteckning.')?.author).toEqual({ platform: 'local', userId: 'samordnare' });
    expect(shown((await myDataView(t.ctx, leader, 'sv')).message)).toContain('Boten har inget sparat om dig');
  });

  it('keeps a channel the coordinator linked, without their id', async () => {
    await linkChannel(t.ctx, coordinator, 'nykoping', { channel: 'C0NYK' });
    expect(shown((await myDataView(t.ctx, coordinator, 'sv')).message)).toContain('Du kopplade kanalen för: Nyköping');
    await deleteMyData(t.ctx, coordinator, 'sv');
    expect(await t.store.links.get('anhorigstod-2027', 'nykoping')).toMatchObject({ channel: 'C0NYK', linkedBy: null });
  });
});
