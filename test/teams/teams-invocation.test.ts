import { plainText, surfaceOf, teamsInvocation, teamsPlace, trialNetworkOf } from '../../src/teams/teams-invocation';
import { openTestContext, type TestContext } from '../helpers/bot-context';
import { ANNA, channelMessage, ESK_CHANNEL, personalMessage } from './helpers/teams-activities';
import { teamsProgram } from './helpers/teams-program';

const SERVICE = 'https://smba.example/';

describe('plainText', () => {
  it('drops every mention and tag, and reads the entities Teams sends', () => {
    expect(plainText('<at>Lärande nätverk</at> link <at>Anna</at> eskilstuna')).toBe('link   eskilstuna');
    expect(plainText('<p>answer&nbsp;katrineholm</p>')).toBe('answer katrineholm');
    expect(plainText('a &lt;b&gt; &amp; c')).toBe('a <b> & c');
    expect(plainText('<AT id="0">Bot</AT>\nstatus')).toBe('status');
    expect(plainText(undefined)).toBe('');
    expect(plainText('   ')).toBe('');
    expect(plainText('mina svar 😀')).toBe('mina svar 😀');
  });

  it('does not turn an escaped tag back into one that is then dropped', () => {
    expect(plainText('&lt;at&gt;x&lt;/at&gt; hej')).toBe('<at>x</at> hej');
  });
});

describe('surfaceOf and trialNetworkOf', () => {
  it('tells Teams from the local web chat', () => {
    expect(surfaceOf({ channelId: 'msteams' })).toBe('teams');
    expect(surfaceOf({ channelId: 'directline' })).toBe('chat');
    expect(surfaceOf({})).toBe('chat');
  });

  it('takes the trial’s network from the web chat only, never from Teams', () => {
    expect(trialNetworkOf({ channelId: 'directline', channelData: { lnbNetwork: 'eskilstuna' } })).toBe('eskilstuna');
    expect(trialNetworkOf({ channelId: 'msteams', channelData: { lnbNetwork: 'eskilstuna' } })).toBeUndefined();
    expect(trialNetworkOf({ channelId: 'directline', channelData: { lnbNetwork: '' } })).toBeUndefined();
    expect(trialNetworkOf({ channelId: 'directline', channelData: { lnbNetwork: 5 } })).toBeUndefined();
    expect(trialNetworkOf({ channelId: 'directline' })).toBeUndefined();
  });
});

describe('teamsPlace and teamsInvocation', () => {
  let t: TestContext;
  beforeEach(async () => {
    t = await openTestContext({ program: teamsProgram() });
  });
  afterEach(async () => t.close());

  it('is personal in a personal chat, the trial’s network in the web chat', async () => {
    expect(await teamsPlace(t.ctx, personalMessage(SERVICE, ANNA, 'hej'))).toEqual({ kind: 'personal' });
    expect(await teamsPlace(t.ctx, { channelId: 'directline', channelData: { lnbNetwork: 'katrineholm' }, conversation: { id: 'dl' } as never })).toEqual({ kind: 'channel', network: 'katrineholm' });
  });

  it('is the network a channel is linked to, from any thread of it, and no network for a channel linked to none', async () => {
    expect(await teamsPlace(t.ctx, channelMessage(SERVICE, ANNA, 'hej'))).toEqual({ kind: 'channel', network: undefined });
    await t.store.links.set({ program: 'teams-test', network: 'eskilstuna', platform: 'teams', channel: ESK_CHANNEL, linkedBy: 'teams:aad-coord', linkedAt: t.clock.now().toISOString() });
    expect(await teamsPlace(t.ctx, channelMessage(SERVICE, ANNA, 'hej'))).toEqual({ kind: 'channel', network: 'eskilstuna' });
    // The channel the program file names.
    expect(await teamsPlace(t.ctx, channelMessage(SERVICE, ANNA, 'hej', '19:kat@thread.tacv2'))).toEqual({ kind: 'channel', network: 'katrineholm' });
  });

  it('reads a typed message as the command table takes it', async () => {
    const person = { platform: 'teams' as const, userId: 'aad-anna' };
    const invocation = await teamsInvocation(t.ctx, person, channelMessage(SERVICE, ANNA, 'answer   eskilstuna', '19:kat@thread.tacv2'));
    expect(invocation).toMatchObject({ person, surface: 'teams', place: { kind: 'channel', network: 'katrineholm' }, name: 'answer', word: 'answer', args: ['eskilstuna'] });
  });
});
