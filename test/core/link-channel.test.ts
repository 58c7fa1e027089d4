import { networkOfChannel, targetOf } from '../../src/core/channel-of';
import { linkChannel } from '../../src/core/link-channel';
import type { Person } from '../../src/core/person';
import { testContextForEach } from '../helpers/bot-context';

const coordinator: Person = { platform: 'slack', userId: 'samordnare' };
const participant: Person = { platform: 'local', userId: 'anna' };

const t = testContextForEach({ now: '2026-11-23T10:00:00Z' });

describe('linking a channel', () => {
  it('lets a coordinator tie a channel to a network, which the program file then answers to', async () => {
    const nykoping = t.ctx.program.networks.find((n) => n.id === 'nykoping');
    if (!nykoping) throw new Error('example program changed');
    expect(await targetOf(t.ctx, nykoping)).toBeUndefined();
    const linked = await linkChannel(t.ctx, coordinator, ' Nykoping ', { channel: 'C0NYK' });
    expect(linked).toEqual({ ok: true, message: expect.stringContaining('Nyköping') });
    expect(await targetOf(t.ctx, nykoping)).toEqual({ platform: 'slack', program: 'anhorigstod-2027', network: 'nykoping', channel: 'C0NYK' });
    expect((await networkOfChannel(t.ctx, 'slack', 'C0NYK'))?.id).toBe('nykoping');
    expect(await networkOfChannel(t.ctx, 'teams', 'C0NYK')).toBeUndefined();
    // A channel the program file names is known without a link.
    expect((await networkOfChannel(t.ctx, 'local', 'eskilstuna'))?.id).toBe('eskilstuna');
  });

  it('refuses others, and explains an unknown network or a missing one', async () => {
    expect(await linkChannel(t.ctx, participant, 'nykoping', { channel: 'X' })).toEqual({ ok: false, message: expect.stringMatching(/samordnaren/) });
    expect(await linkChannel(t.ctx, coordinator, undefined, { channel: 'X' })).toEqual({
      ok: false,
      message: expect.stringContaining('Eskilstuna, Katrineholm, Nyköping'),
    });
    expect(await linkChannel(t.ctx, coordinator, 'malmo', { channel: 'X' })).toEqual({ ok: false, message: expect.stringContaining('malmo') });
    expect(await t.store.links.list('anhorigstod-2027')).toEqual([]);
  });
});

describe('linking across platforms', () => {
  const teamsCoordinator: Person = { platform: 'teams', userId: 'samordnare' };

  it('links a local network from any platform, keeping the conversation reference, and clears a refusal', async () => {
    await t.store.reachability.refused({ program: 'anhorigstod-2027', network: 'eskilstuna', platform: 'local', detail: 'gone', at: '' });
    const reference = { conversation: { id: '19:x@thread.tacv2' } };
    const linked = await linkChannel(t.ctx, teamsCoordinator, 'eskilstuna', { channel: '19:x@thread.tacv2', reference });
    expect(linked.ok).toBe(true);
    expect(await t.store.links.get('anhorigstod-2027', 'eskilstuna')).toEqual({
      program: 'anhorigstod-2027',
      network: 'eskilstuna',
      platform: 'teams',
      channel: '19:x@thread.tacv2',
      reference,
      linkedBy: 'teams:samordnare',
      linkedAt: '2026-11-23T10:00:00.000Z',
    });
    expect(await t.store.reachability.get('anhorigstod-2027', 'eskilstuna')).toBeUndefined();
  });

  it('refuses to link a Slack network from Teams, and says where it is', async () => {
    const slackNetworks = { ...t.ctx.program, networks: t.ctx.program.networks.map((n) => ({ ...n, platform: 'slack' as const })) };
    const refused = await linkChannel({ ...t.ctx, program: slackNetworks }, teamsCoordinator, 'eskilstuna', { channel: 'X' });
    expect(refused).toEqual({ ok: false, message: 'Nätverket Eskilstuna finns på slack enligt programfilen, inte här.' });
    expect(await t.store.links.list('anhorigstod-2027')).toEqual([]);
  });

  it('names the command as typed on the person\'s platform when the network is missing, in their language', async () => {
    const usage = await linkChannel(t.ctx, { ...teamsCoordinator, locale: 'en' }, '', { channel: 'X' });
    expect(usage).toEqual({ ok: false, message: expect.stringMatching(/^Type @.* link <network> in the network's channel\. Networks: Eskilstuna, Katrineholm, Nyköping\.$/) });
  });
});

describe('linking a channel again to another network', () => {
  it('makes the channel the new network\'s only: the earlier network\'s questions no longer go there', async () => {
    const eskilstuna = t.ctx.program.networks.find((n) => n.id === 'eskilstuna');
    const nykoping = t.ctx.program.networks.find((n) => n.id === 'nykoping');
    if (!eskilstuna || !nykoping) throw new Error('example program changed');
    // A slip corrected: the channel was linked to Nyköping, then to Eskilstuna, whose channel it is.
    await linkChannel(t.ctx, coordinator, 'nykoping', { channel: 'C0ESK' });
    t.clock.advance(60_000);
    expect((await linkChannel(t.ctx, coordinator, 'eskilstuna', { channel: 'C0ESK' })).ok).toBe(true);
    expect((await networkOfChannel(t.ctx, 'slack', 'C0ESK'))?.id).toBe('eskilstuna');
    expect(await targetOf(t.ctx, eskilstuna)).toMatchObject({ platform: 'slack', channel: 'C0ESK' });
    // Nyköping has no channel of its own in the file: it has none again, rather than posting into Eskilstuna's.
    expect(await targetOf(t.ctx, nykoping)).toBeUndefined();
    expect((await t.store.links.list('anhorigstod-2027')).map((l) => l.network)).toEqual(['eskilstuna']);
  });

  it('leaves a link of the same channel id on another platform alone', async () => {
    await linkChannel(t.ctx, { platform: 'teams', userId: 'samordnare' }, 'nykoping', { channel: 'C0ESK' });
    await linkChannel(t.ctx, coordinator, 'eskilstuna', { channel: 'C0ESK' });
    expect((await t.store.links.list('anhorigstod-2027')).map((l) => [l.network, l.platform])).toEqual([
      ['eskilstuna', 'slack'],
      ['nykoping', 'teams'],
    ]);
  });
});

