import { onChannelEvent, registerChannelEvents } from '../../../src/teams/handlers/channel-events';
import { channelEvent, installInTeam, TEAM } from '../helpers/teams-activities';
import { teamsTurnsForEach } from '../helpers/teams-turn';

const CHANNEL = { id: '19:planering@thread.tacv2', name: 'Planering' };

const h = teamsTurnsForEach();

const channels = () => h.deps.port.channels;

describe('onChannelEvent', () => {
  it('takes in a channel made in a team it had not heard of, and the team with it', async () => {
    await onChannelEvent(h.deps, 'channelCreated', channelEvent(h.connector.url, 'channelCreated', CHANNEL));
    expect(await channels().installedTeams()).toEqual([TEAM]);
    const reference = await channels().reference(CHANNEL.id);
    expect(reference).toMatchObject({ serviceUrl: h.connector.url, conversation: { id: CHANNEL.id } });
    expect(await h.t.store.contacts.get('teams', `conversation:${CHANNEL.id}`)).toMatchObject({ reference: { teamId: TEAM, name: 'Planering' } });
  });

  it('keeps a known team’s reference as installed, follows a rename and forgets a deleted channel', async () => {
    await h.run(installInTeam(h.connector.url), async () => undefined);
    await onChannelEvent(h.deps, 'channelCreated', channelEvent(h.connector.url, 'channelCreated', CHANNEL));
    await onChannelEvent(h.deps, 'channelRenamed', channelEvent(h.connector.url, 'channelRenamed', { ...CHANNEL, name: 'Planering 2026 😀' }));
    expect((await h.t.store.contacts.get('teams', `conversation:${CHANNEL.id}`))?.reference).toEqual({ teamId: TEAM, name: 'Planering 2026 😀' });
    await onChannelEvent(h.deps, 'channelDeleted', channelEvent(h.connector.url, 'channelDeleted', CHANNEL));
    expect(await channels().reference(CHANNEL.id)).toBeUndefined();
  });

  it('does nothing without a team or a channel id', async () => {
    const event = channelEvent(h.connector.url, 'channelCreated', CHANNEL);
    await onChannelEvent(h.deps, 'channelCreated', { ...event, channelData: { channel: CHANNEL } });
    await onChannelEvent(h.deps, 'channelCreated', { ...event, channelData: { team: { id: TEAM }, channel: { id: 42 } } });
    expect(await channels().installedTeams()).toEqual([]);
  });
});

describe('registerChannelEvents', () => {
  it('hears the three events Teams sends an installed app', async () => {
    const send = h.app(registerChannelEvents);
    await send(channelEvent(h.connector.url, 'channelCreated', CHANNEL));
    expect(await channels().reference(CHANNEL.id)).toBeDefined();
    await send(channelEvent(h.connector.url, 'channelDeleted', CHANNEL));
    expect(await channels().reference(CHANNEL.id)).toBeUndefined();
  });
});
