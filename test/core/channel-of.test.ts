import { networkOfChannel, targetOf } from '../../src/core/channel-of';
import type { Network } from '../../src/program/schema';
import { testContextForEach } from '../helpers/bot-context';

const t = testContextForEach({ now: '2026-11-23T10:00:00Z' });

const network = (id: string) => t.ctx.program.networks.find((n) => n.id === id) as Network;
const link = (network: string, platform: 'slack' | 'teams' | 'local', channel: string, reference?: unknown) =>
  t.store.links.set({ program: 'anhorigstod-2027', network, platform, channel, reference, linkedBy: 'slack:samordnare', linkedAt: '2026-11-23T10:00:00Z' });

describe('targetOf', () => {
  it('is the channel the program file names, on the network\'s platform, while nothing is linked', async () => {
    expect(await targetOf(t.ctx, network('eskilstuna'))).toEqual({ platform: 'local', program: 'anhorigstod-2027', network: 'eskilstuna', channel: 'eskilstuna' });
    expect(await targetOf(t.ctx, network('nykoping'))).toBeUndefined();
  });

  it('is the linked channel once there is one, on the link\'s platform and with its reference', async () => {
    const reference = { conversation: { id: '19:abc@thread.tacv2' }, serviceUrl: 'https://smba.trafficmanager.net/emea/' };
    await link('eskilstuna', 'teams', '19:abc@thread.tacv2', reference);
    expect(await targetOf(t.ctx, network('eskilstuna'))).toEqual({ platform: 'teams', program: 'anhorigstod-2027', network: 'eskilstuna', channel: '19:abc@thread.tacv2', reference });
  });

  it('ignores a link of another program', async () => {
    await t.store.links.set({ program: 'annat', network: 'nykoping', platform: 'slack', channel: 'C0X', linkedBy: null, linkedAt: '' });
    expect(await targetOf(t.ctx, network('nykoping'))).toBeUndefined();
  });
});

describe('networkOfChannel', () => {
  it('knows a channel by the program file and by a link, on its own platform only', async () => {
    expect((await networkOfChannel(t.ctx, 'local', 'katrineholm'))?.id).toBe('katrineholm');
    expect(await networkOfChannel(t.ctx, 'slack', 'katrineholm')).toBeUndefined();
    await link('nykoping', 'slack', 'C0NYK');
    expect((await networkOfChannel(t.ctx, 'slack', 'C0NYK'))?.id).toBe('nykoping');
    expect(await networkOfChannel(t.ctx, 'teams', 'C0NYK')).toBeUndefined();
    expect(await networkOfChannel(t.ctx, 'slack', '')).toBeUndefined();
  });

  it('lets a link win over the program file for the same channel', async () => {
    // The file puts 'eskilstuna' on Eskilstuna; the coordinator later linked that channel to Nyköping.
    await link('nykoping', 'local', 'eskilstuna');
    expect((await networkOfChannel(t.ctx, 'local', 'eskilstuna'))?.id).toBe('nykoping');
  });

  it('finds nothing for a link to a network the program no longer has', async () => {
    await link('malmo', 'slack', 'C0MAL');
    expect(await networkOfChannel(t.ctx, 'slack', 'C0MAL')).toBeUndefined();
  });
});

describe('a channel linked to two networks (a store written before a new link took the channel over)', () => {
  it('belongs to the network it was linked to last', async () => {
    const at = (linkedAt: string, network: string) =>
      t.store.links.set({ program: 'anhorigstod-2027', network, platform: 'slack', channel: 'C0TWO', linkedBy: null, linkedAt });
    await at('2026-11-23T10:05:00.000Z', 'eskilstuna');
    await at('2026-11-23T10:00:00.000Z', 'katrineholm');
    expect((await networkOfChannel(t.ctx, 'slack', 'C0TWO'))?.id).toBe('eskilstuna');
    await at('2026-11-23T10:10:00.000Z', 'katrineholm');
    expect((await networkOfChannel(t.ctx, 'slack', 'C0TWO'))?.id).toBe('katrineholm');
  });
});

