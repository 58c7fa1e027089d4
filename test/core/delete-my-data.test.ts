import { deleteMyData } from '../../src/core/delete-my-data';
import { linkChannel } from '../../src/core/link-channel';
import { myDataView } from '../../src/core/my-data-message';
import { submitForm } from '../../src/core/submit-form';
import { anna, coordinator, leader, myDataStoreForEach, ref, shown } from './helpers/my-data-store';

const t = myDataStoreForEach();

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
