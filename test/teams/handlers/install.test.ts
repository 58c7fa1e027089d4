import { onInstalled, onRemoved, registerInstall, teamIdOf } from '../../../src/teams/handlers/install';
import { BOT, ESK_CHANNEL, installationUpdate, installInTeam, TEAM, TENANT } from '../helpers/teams-activities';
import { teamsTurnsForEach } from '../helpers/teams-turn';

const h = teamsTurnsForEach();

const contact = (id: string) => h.t.store.contacts.get('teams', `conversation:${id}`);

describe('teamIdOf', () => {
  it('reads the team from channelData, and nothing that is not a non-empty string', () => {
    expect(teamIdOf({ channelData: { team: { id: TEAM } } })).toBe(TEAM);
    expect(teamIdOf({ channelData: { team: { id: '' } } })).toBeUndefined();
    expect(teamIdOf({ channelData: { team: { id: 5 } } })).toBeUndefined();
    expect(teamIdOf({ channelData: {} })).toBeUndefined();
    expect(teamIdOf({})).toBeUndefined();
  });
});

describe('onInstalled and onRemoved', () => {
  it('keeps an installed team’s reference and reads its channel list', async () => {
    h.connector.teamChannels.set(TEAM, [{ id: TEAM, name: 'General' }, { id: '19:kat@thread.tacv2', name: 'Katrineholm' }]);
    await onInstalled(h.deps, installInTeam(h.connector.url, TEAM));
    expect(await h.deps.port.channels.installedTeams()).toEqual([TEAM]);
    expect((await contact(TEAM))?.reference).toMatchObject({ serviceUrl: h.connector.url, bot: BOT, conversation: { id: TEAM, tenantId: TENANT } });
    expect(await h.deps.port.channels.reference('19:kat@thread.tacv2')).toMatchObject({ conversation: { id: '19:kat@thread.tacv2' } });
  });

  it('keeps the install when the channel list cannot be read', async () => {
    // The fake connector knows no channels of this team: 404.
    await onInstalled(h.deps, installInTeam(h.connector.url, ESK_CHANNEL));
    expect(await h.deps.port.channels.installedTeams()).toEqual([TEAM]);
    expect(await contact(ESK_CHANNEL)).toBeDefined();
  });

  it('keeps a group chat’s reference, with no team', async () => {
    const chat = { ...installInTeam(h.connector.url, '19:chat@thread.v2'), channelData: { tenant: { id: TENANT } } };
    await onInstalled(h.deps, chat);
    expect((await contact('19:chat@thread.v2'))?.reference).toMatchObject({ conversation: { id: '19:chat@thread.v2' } });
    expect(await h.deps.port.channels.installedTeams()).toEqual([]);
  });

  it('keeps nothing from an activity without a conversation or connector address', async () => {
    await onInstalled(h.deps, { ...installInTeam(h.connector.url), serviceUrl: undefined });
    expect(await h.deps.port.channels.installedTeams()).toEqual([]);
  });

  it('forgets the conversation and the team on removal', async () => {
    h.connector.teamChannels.set(TEAM, []);
    await onInstalled(h.deps, installInTeam(h.connector.url, ESK_CHANNEL));
    await onRemoved(h.deps, installationUpdate(h.connector.url, 'remove', ESK_CHANNEL));
    expect(await contact(ESK_CHANNEL)).toBeUndefined();
    expect(await contact(TEAM)).toBeUndefined();
    expect(await h.deps.port.channels.installedTeams()).toEqual([]);
  });
});

describe('registerInstall', () => {
  it('hears the bot added or removed, and installationUpdate, but not another member', async () => {
    const send = h.app(registerInstall);
    await send({ ...installInTeam(h.connector.url, ESK_CHANNEL), membersAdded: [{ id: '29:someone', name: 'x' }] });
    expect(await h.deps.port.channels.installedTeams()).toEqual([]);
    await send(installInTeam(h.connector.url, ESK_CHANNEL));
    expect(await h.deps.port.channels.installedTeams()).toEqual([TEAM]);
    await send({ ...installInTeam(h.connector.url, ESK_CHANNEL), membersAdded: undefined, membersRemoved: [{ id: BOT.id, name: BOT.name }] });
    expect(await h.deps.port.channels.installedTeams()).toEqual([]);
    await send(installationUpdate(h.connector.url, 'add', ESK_CHANNEL));
    expect(await h.deps.port.channels.installedTeams()).toEqual([TEAM]);
    await send({ ...installationUpdate(h.connector.url, 'remove', ESK_CHANNEL), action: 'remove-upgrade' });
    expect(await h.deps.port.channels.installedTeams()).toEqual([]);
  });
});
