import { openStore, type Store } from '../../src/store/open-store';
import { storeBackends } from '../helpers/store-backends';

const T0 = new Date('2026-11-23T09:00:00.000Z');
const T1 = new Date('2026-11-23T10:30:00.000Z');

const { backends } = storeBackends('reachability.sqlite');

describe.each(backends)('reachability on %s', (_name, url) => {
  let store: Store;
  beforeEach(async () => {
    store = await openStore(url());
  });
  afterEach(async () => store.close());

  it('keeps a channel refusal per program and network until the channel is reached', async () => {
    const refusal = { program: 'p', network: 'n', platform: 'slack' as const, detail: 'is_archived', at: T0.toISOString() };
    await store.reachability.refused(refusal);
    expect(await store.reachability.get('p', 'n')).toEqual(refusal);
    expect(await store.reachability.get('p', 'other')).toBeUndefined();
    expect(await store.reachability.get('q', 'n')).toBeUndefined();
    await store.reachability.refused({ ...refusal, detail: 'not_in_channel', at: T1.toISOString() });
    expect((await store.reachability.get('p', 'n'))?.detail).toBe('not_in_channel');
    await store.reachability.reached('p', 'n');
    expect(await store.reachability.get('p', 'n')).toBeUndefined();
    // Reached with nothing refused is no error: every successful post says so.
    await expect(store.reachability.reached('p', 'n')).resolves.toBeUndefined();
  });

  it('is seen by another store on the same backend (another instance)', async () => {
    const detail = '403 BotNotInConversationRoster: The bot is not part of the conversation roster. <tag> 🙈';
    await store.reachability.refused({ program: 'p', network: 'teams-net', platform: 'teams', detail, at: T0.toISOString() });
    const other = await openStore(url());
    try {
      expect((await other.reachability.get('p', 'teams-net'))?.detail).toBe(detail);
      await other.reachability.reached('p', 'teams-net');
    } finally {
      await other.close();
    }
    expect(await store.reachability.get('p', 'teams-net')).toBeUndefined();
  });
});
