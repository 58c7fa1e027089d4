import type { Contact } from '../../src/store/contact-repository';
import { openStore, type Store } from '../../src/store/open-store';
import { storeBackends } from '../helpers/store-backends';

const T0 = '2026-11-23T09:00:00.000Z';

const { backends } = storeBackends('contacts.sqlite');

describe.each(backends)('contacts on %s', (_name, url) => {
  let store: Store;
  beforeEach(async () => {
    store = await openStore(url());
  });
  afterEach(async () => store.close());

  it('keeps a contact by platform and user id, and replaces it on the next set', async () => {
    const contact: Contact = {
      platform: 'teams',
      userId: '29:1abc',
      reference: { conversation: { id: 'a:1xyz' }, serviceUrl: 'https://smba.trafficmanager.net/emea/' },
      locale: 'en',
      role: 'chef',
      networks: ['eskilstuna'],
      updatedAt: T0,
    };
    await store.contacts.set(contact);
    expect(await store.contacts.get('teams', '29:1abc')).toEqual(contact);
    await store.contacts.set({ ...contact, networks: ['eskilstuna', 'katrineholm'], locale: undefined });
    expect(await store.contacts.get('teams', '29:1abc')).toEqual({ ...contact, networks: ['eskilstuna', 'katrineholm'], locale: undefined });
  });

  it('tells the same user id on two platforms apart', async () => {
    await store.contacts.set({ platform: 'slack', userId: 'U1', locale: 'sv', updatedAt: T0 });
    expect(await store.contacts.get('teams', 'U1')).toBeUndefined();
    expect(await store.contacts.get('local', 'U1')).toBeUndefined();
    await store.contacts.set({ platform: 'local', userId: 'U1', locale: 'en', updatedAt: T0 });
    expect((await store.contacts.get('slack', 'U1'))?.locale).toBe('sv');
    expect((await store.contacts.get('local', 'U1'))?.locale).toBe('en');
  });

  it('keeps a user id with slashes and emoji apart from its neighbours', async () => {
    // The key is platform/userId: a user id with a slash must not reach another person's contact.
    await store.contacts.set({ platform: 'local', userId: 'a/b', role: 'anhorig', updatedAt: T0 });
    await store.contacts.set({ platform: 'local', userId: 'a', role: 'chef', updatedAt: T0 });
    await store.contacts.set({ platform: 'local', userId: '🦊', role: 'ideell', updatedAt: T0 });
    expect((await store.contacts.get('local', 'a/b'))?.role).toBe('anhorig');
    expect((await store.contacts.get('local', 'a'))?.role).toBe('chef');
    expect((await store.contacts.get('local', '🦊'))?.role).toBe('ideell');
  });

  it('deletes a contact, and says whether there was one', async () => {
    await store.contacts.set({ platform: 'slack', userId: 'U2', updatedAt: T0 });
    expect(await store.contacts.delete('slack', 'U2')).toBe(true);
    expect(await store.contacts.get('slack', 'U2')).toBeUndefined();
    expect(await store.contacts.delete('slack', 'U2')).toBe(false);
  });
});
