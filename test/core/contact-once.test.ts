import { contactOnce } from '../../src/core/contact-once';
import type { Person } from '../../src/core/person';
import { submitFormFrom } from '../../src/core/submit-form';
import { testContextForEach } from '../helpers/bot-context';

const anna: Person = { platform: 'local', userId: 'anna' };
const at = '2026-11-23T10:00:00.000Z';

const t = testContextForEach({ now: '2026-11-23T10:00:00Z' });

describe('a contact read once per request', () => {
  it('reads the store once, and gives back what the request itself wrote', async () => {
    await t.store.contacts.set({ platform: 'local', userId: 'anna', role: 'chef', updatedAt: at });
    const contacts = contactOnce(t.ctx, anna);
    expect((await contacts.get())?.role).toBe('chef');
    // Written behind its back: this request keeps what it read, a new one reads the store again.
    await t.store.contacts.set({ platform: 'local', userId: 'anna', role: 'anhorig', updatedAt: at });
    expect((await contacts.get())?.role).toBe('chef');
    expect((await contactOnce(t.ctx, anna).get())?.role).toBe('anhorig');
    // Its own write goes to the store and is what it reads from then on.
    await contacts.set({ platform: 'local', userId: 'anna', role: 'annan', networks: ['eskilstuna'], updatedAt: at });
    expect(await contacts.get()).toEqual(await t.store.contacts.get('local', 'anna'));
    expect((await t.store.contacts.get('local', 'anna'))?.networks).toEqual(['eskilstuna']);
  });

  it('keeps the network a form\'s check remembered when the save then remembers the role', async () => {
    const ref = { kind: 'answer' as const, program: 'anhorigstod-2027', round: 1, network: 'katrineholm' };
    const place = { kind: 'channel' as const, network: 'katrineholm' };
    const result = await submitFormFrom(t.ctx, anna, place, ref, { values: { syfte: 'Avlösning' }, role: 'anhorig', consent: false });
    expect(result.ok).toBe(true);
    expect(await t.store.contacts.get('local', 'anna')).toMatchObject({ networks: ['katrineholm'], role: 'anhorig' });
  });
});
