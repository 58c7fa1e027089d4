import { type LedgerEntry, ledgerKey } from '../../src/store/ledger-repository';
import { openStore, type Store } from '../../src/store/open-store';
import { storeBackends } from '../helpers/store-backends';

const T0 = new Date('2026-11-23T09:00:00.000Z');
const T1 = new Date('2026-11-23T10:30:00.000Z');

const { backends } = storeBackends('ledger.sqlite');

const entry = (program: string, round: number, network: string | null): LedgerEntry => ({
  program,
  round,
  network,
  action: 'post',
  slot: 0,
  status: 'sent',
  updatedAt: T0.toISOString(),
});

describe.each(backends)('ledger on %s', (_name, url) => {
  let store: Store;
  beforeEach(async () => {
    store = await openStore(url());
    for (const program of ['p', 'q', 'p/x']) for (const e of await store.ledger.list(program)) await store.ledger.delete(e);
  });
  afterEach(async () => store.close());

  it('stores an entry by key, written pending and then sent', async () => {
    const key = { program: 'p', round: 1, network: 'n', action: 'remind' as const, slot: 1 };
    await store.ledger.set({ ...key, status: 'pending', updatedAt: T0.toISOString() });
    await store.ledger.set({ ...key, status: 'sent', receipt: '1700000000.000100', updatedAt: T1.toISOString() });
    expect(await store.ledger.get(key)).toMatchObject({ status: 'sent', receipt: '1700000000.000100' });
    expect(await store.ledger.get({ ...key, slot: 0 })).toBeUndefined();
    expect(await store.ledger.list('p')).toHaveLength(1);
    expect(await store.ledger.delete(key)).toBe(true);
    expect(await store.ledger.get(key)).toBeUndefined();
  });

  it('keeps who a private message reached, per person', async () => {
    const nudge: LedgerEntry = { ...entry('p', 1, 'n'), action: 'nudge', status: 'failed', reached: { 'slack:U1': 'D1.1', 'teams:29:x': 'a-1' }, attempts: 2 };
    await store.ledger.set(nudge);
    expect(await store.ledger.get(nudge)).toEqual(nudge);
  });

  it('lists entries of one program only, by key, across programs and after set and delete', async () => {
    for (const e of [entry('p', 1, 'a'), entry('p', 2, null), entry('q', 1, 'a'), entry('p/x', 1, 'a')]) await store.ledger.set(e);
    await store.ledger.set({ ...entry('p', 1, 'a'), status: 'failed' });
    await store.ledger.delete(entry('p', 2, null));
    expect(await store.ledger.list('p')).toEqual([{ ...entry('p', 1, 'a'), status: 'failed' }]);
    expect(await store.ledger.list('q')).toEqual([entry('q', 1, 'a')]);
    expect(await store.ledger.list('p/x')).toEqual([entry('p/x', 1, 'a')]);
    expect(await store.ledger.list('none')).toEqual([]);
  });
});

describe('ledgerKey', () => {
  it('names every part of the key, with * for an action of no network', () => {
    expect(ledgerKey({ program: 'p', round: 3, network: 'eskilstuna', action: 'remind', slot: 1 })).toBe('p/3/eskilstuna/remind/1');
    expect(ledgerKey({ program: 'p', round: 3, network: null, action: 'deadline', slot: 0 })).toBe('p/3/*/deadline/0');
  });

  it('gives different actions different keys', () => {
    const base = { program: 'p', round: 1, network: 'n', action: 'remind' as const, slot: 0 };
    const keys = [base, { ...base, slot: 1 }, { ...base, round: 2 }, { ...base, network: 'm' }, { ...base, action: 'post' as const }, { ...base, network: null }].map(ledgerKey);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
