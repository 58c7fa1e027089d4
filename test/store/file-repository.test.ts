import { join } from 'node:path';
import { openStore, type Store } from '../../src/store/open-store';
import { startRedisServer } from '../helpers/redis-server';
import { storeBackends } from '../helpers/store-backends';

const T0 = new Date('2026-11-23T09:00:00.000Z');
const T1 = new Date('2026-11-23T10:30:00.000Z');
const T2 = new Date('2026-11-24T08:00:00.000Z');

const { backends, dir } = storeBackends('files.sqlite');

describe.each(backends)('files on %s', (_name, url) => {
  let store: Store;
  beforeEach(async () => {
    store = await openStore(url());
    await store.files.sweep(T0, 0);
  });
  afterEach(async () => store.close());

  it('keeps a file until it expires by the given clock, and deletes it when read after', async () => {
    const file = { id: 'f1', fileName: 'sammanställning.docx', docx: Buffer.from('PK…').toString('base64'), expiresAt: T2.getTime() };
    await store.files.set(file, T0);
    expect(await store.files.get('f1', T1)).toEqual(file);
    expect(await store.files.get('f2', T1)).toBeUndefined();
    expect(await store.files.get('f1', T2)).toBeUndefined();
    // Deleted, not only hidden: an earlier clock does not bring it back.
    expect(await store.files.get('f1', T0)).toBeUndefined();
    await store.files.set(file, T0);
    expect(await store.files.delete('f1')).toBe(true);
    expect(await store.files.get('f1', T0)).toBeUndefined();
  });

  it('never gives out the signing secret as a file, whatever id is asked for', async () => {
    await store.files.ensureSigningSecret(() => 'hemlig');
    for (const id of ['signing-secret', '../signing-secret', '', 'file:signing-secret']) expect(await store.files.get(id, T0)).toBeUndefined();
    // Sweeping files leaves the secret alone.
    await store.files.sweep(T2, 0);
    expect(await store.files.signingSecret()).toBe('hemlig');
  });

  it('sweeps expired files and the oldest beyond the newest few', async () => {
    const at = (h: number) => T0.getTime() + h * 3_600_000;
    for (const [id, expiresAt] of [['old', at(1)], ['a', at(10)], ['b', at(11)], ['c', at(12)]] as const) {
      await store.files.set({ id, fileName: `${id}.docx`, docx: '', expiresAt }, T0);
    }
    expect(await store.files.sweep(new Date(at(2)), 2)).toBe(2);
    const left = await Promise.all(['old', 'a', 'b', 'c'].map((id) => store.files.get(id, T0)));
    expect(left.map((f) => f?.id)).toEqual([undefined, undefined, 'b', 'c']);
  });

  it('lets the backend forget a file whose wall-clock ttl ran out, even if the given clock lags', async () => {
    // The table's ttl is the file's lifetime in real time: a file nobody reads again does not stay.
    const now = new Date();
    await store.files.set({ id: 'short', fileName: 's.docx', docx: '', expiresAt: now.getTime() + 100 }, now);
    await new Promise((r) => setTimeout(r, 300));
    await store.files.sweep(now, 50);
    expect(await store.files.get('short', now)).toBeUndefined();
  });

  it('makes one signing secret and gives it to every caller, also after reopening', async () => {
    let made = 0;
    const make = () => `secret-${++made}`;
    const secrets = await Promise.all([1, 2, 3, 4].map(() => store.files.ensureSigningSecret(make)));
    expect(new Set(secrets).size).toBe(1);
    expect(await store.files.signingSecret()).toBe(secrets[0]);
    await store.close();
    store = await openStore(url());
    expect(await store.files.ensureSigningSecret(() => 'another')).toBe(secrets[0]);
  });
});

describe.each(backends)('signing secret on a fresh %s store', (name) => {
  it('is none until one is made', async () => {
    const fresh = name === 'redis' ? await startRedisServer() : undefined;
    const store = await openStore(fresh?.url ?? `sqlite://${join(dir.path, `none-${Date.now()}.sqlite`)}`);
    try {
      expect(await store.files.signingSecret()).toBeUndefined();
    } finally {
      await store.close();
      await fresh?.stop();
    }
  });

  it('is made once when several stores (instances) ask at the same time', async () => {
    // A fresh store: its own file, or its own Redis server.
    const fresh = name === 'redis' ? await startRedisServer() : undefined;
    const target = fresh?.url ?? `sqlite://${join(dir.path, `fresh-${Date.now()}.sqlite`)}`;
    // Separate store objects are separate instances; on SQLite one process owns the file, so they share one.
    const one = await openStore(target);
    const stores = name === 'redis' ? [one, await openStore(target), await openStore(target)] : [one];
    try {
      let made = 0;
      const secrets = await Promise.all(
        [...stores, ...stores].map((s) => s.files.ensureSigningSecret(() => `secret-${++made}-${Math.random()}`)),
      );
      expect(new Set(secrets).size).toBe(1);
      expect(made).toBe(1);
      for (const s of stores) expect(await s.files.signingSecret()).toBe(secrets[0]);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
      await fresh?.stop();
    }
  });
});
