import { linkKey } from '../../src/store/link-repository';
import { openStore, type Store } from '../../src/store/open-store';
import { storeBackends } from '../helpers/store-backends';

const T0 = new Date('2026-11-23T09:00:00.000Z');

const { backends } = storeBackends('links.sqlite');

const link = (program: string, network: string) => ({
  program,
  network,
  platform: 'slack' as const,
  channel: `C-${program}-${network}`,
  linkedBy: 'U1',
  linkedAt: T0.toISOString(),
});

describe.each(backends)('links on %s', (_name, url) => {
  let store: Store;
  beforeEach(async () => {
    store = await openStore(url());
    for (const program of ['p', 'q', 'p/x']) for (const l of await store.links.list(program)) await store.links.delete(l.program, l.network);
  });
  afterEach(async () => store.close());

  it('stores a link by program and network', async () => {
    const one = { program: 'p', network: 'n', platform: 'slack' as const, channel: 'C1', linkedBy: 'U1', linkedAt: T0.toISOString() };
    await store.links.set(one);
    expect(await store.links.get('p', 'n')).toEqual(one);
    expect(await store.links.list('p')).toEqual([one]);
    expect(await store.links.delete('p', 'n')).toBe(true);
    expect(await store.links.get('p', 'n')).toBeUndefined();
    expect(await store.links.delete('p', 'n')).toBe(false);
  });

  it('keeps a Teams conversation reference as it was given, and a link nobody is named on', async () => {
    const reference = { conversation: { id: '19:abc@thread.tacv2;messageid=1' }, serviceUrl: 'https://smba.trafficmanager.net/emea/', bot: { id: '28:bot' } };
    const teams = { ...link('p', 'n'), platform: 'teams' as const, reference, linkedBy: null };
    await store.links.set(teams);
    expect(await store.links.get('p', 'n')).toEqual(teams);
  });

  it('lists links of one program only, by key, across programs and after set and delete', async () => {
    // 'p/x' would share a key prefix with 'p': the program is checked, not only the key.
    for (const l of [link('p', 'a'), link('p', 'b'), link('q', 'a'), link('p/x', 'a')]) await store.links.set(l);
    await store.links.set({ ...link('p', 'a'), channel: 'C-moved' });
    await store.links.delete('p', 'b');
    expect(await store.links.list('p')).toEqual([{ ...link('p', 'a'), channel: 'C-moved' }]);
    expect(await store.links.list('q')).toEqual([link('q', 'a')]);
    expect(await store.links.list('none')).toEqual([]);
    await store.links.set(link('p', 'b'));
    expect((await store.links.list('p')).map((l) => l.network)).toEqual(['a', 'b']);
  });

  it('reads the links of one channel of a program, of its platform only, after set and delete', async () => {
    // The same channel id in another program, and on another platform, is not this channel.
    const teams = { ...link('p', 'c'), platform: 'teams' as const, channel: 'C-p-a' };
    for (const l of [link('p', 'a'), link('p', 'b'), { ...link('q', 'a'), channel: 'C-p-a' }, teams]) await store.links.set(l);
    expect(await store.links.ofChannel('p', 'slack', 'C-p-a')).toEqual([link('p', 'a')]);
    expect(await store.links.ofChannel('p', 'teams', 'C-p-a')).toEqual([teams]);
    expect(await store.links.ofChannel('q', 'slack', 'C-p-a')).toEqual([{ ...link('q', 'a'), channel: 'C-p-a' }]);
    expect(await store.links.ofChannel('p', 'slack', 'C-none')).toEqual([]);
    // Moved to another channel, the link is that channel's; deleted, nobody's.
    await store.links.set({ ...link('p', 'a'), channel: 'C-p-b' });
    expect(await store.links.ofChannel('p', 'slack', 'C-p-a')).toEqual([]);
    expect((await store.links.ofChannel('p', 'slack', 'C-p-b')).map((l) => l.network)).toEqual(['a', 'b']);
    await store.links.delete('p', 'b');
    expect(await store.links.ofChannel('p', 'slack', 'C-p-b')).toEqual([{ ...link('p', 'a'), channel: 'C-p-b' }]);
  });
});

describe('linkKey', () => {
  it('is the program and the network, so one network has one link', () => {
    expect(linkKey('anhorigstod-2027', 'eskilstuna')).toBe('anhorigstod-2027/eskilstuna');
    expect(linkKey('p', 'a')).not.toBe(linkKey('p', 'b'));
    expect(linkKey('p', 'a')).not.toBe(linkKey('q', 'a'));
  });
});
