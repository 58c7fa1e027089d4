import { conversationReferenceOf } from '../../src/teams/conversation';
import { teamsInstallNotes } from '../../src/teams/install-notes';
import { installInTeam, TEAM } from './helpers/teams-activities';
import { teamsTurnsForEach } from './helpers/teams-turn';

const KAT = '19:kat@thread.tacv2';
const h = teamsTurnsForEach();

const notes = async (locale: 'sv' | 'en' = 'sv') => Object.fromEntries(await teamsInstallNotes(h.t.ctx, h.deps.port, locale));

describe('teamsInstallNotes', () => {
  it('names every Teams network the bot cannot post to, with what to do', async () => {
    const out = await notes();
    expect(Object.keys(out).sort()).toEqual(['eskilstuna', 'katrineholm']);
    expect(out.katrineholm).toMatch(/installera appen i nätverkets team .*link katrineholm/);
    expect((await notes('en')).katrineholm).toMatch(/katrineholm/);
  });

  it('says nothing for a linked network, nor for a channel of a team the app is in', async () => {
    await h.t.store.links.set({ program: 'teams-test', network: 'eskilstuna', platform: 'teams', channel: '19:esk@thread.tacv2', reference: conversationReferenceOf(installInTeam(h.connector.url, '19:esk@thread.tacv2')), linkedBy: 'teams:aad-coord', linkedAt: '2026-11-01T10:00:00Z' });
    await h.deps.port.channels.rememberTeam(TEAM, conversationReferenceOf(installInTeam(h.connector.url, TEAM)));
    await h.deps.port.channels.rememberChannel(TEAM, KAT, 'Katrineholm');
    expect(await notes()).toEqual({});
    expect(h.connector.calls).toEqual([]);
  });

  it('asks the installed teams again once for a channel it does not know, and then knows it', async () => {
    await h.deps.port.channels.rememberTeam(TEAM, conversationReferenceOf(installInTeam(h.connector.url, TEAM)));
    h.connector.teamChannels.set(TEAM, [{ id: KAT, name: 'Katrineholm' }]);
    const out = await notes();
    expect(Object.keys(out)).toEqual(['eskilstuna']);
    expect(h.connector.calls.map((c) => c.method)).toEqual(['GET']);
  });

  it('gives the note for a channel Teams refused, although the bot knows it', async () => {
    await h.deps.port.channels.rememberTeam(TEAM, conversationReferenceOf(installInTeam(h.connector.url, TEAM)));
    await h.deps.port.channels.rememberChannel(TEAM, KAT, undefined);
    await h.t.store.reachability.refused({ program: 'teams-test', network: 'katrineholm', platform: 'teams', detail: '403 BotNotInConversationRoster', at: '2026-11-20T10:00:00Z' });
    expect(Object.keys(await notes()).sort()).toEqual(['eskilstuna', 'katrineholm']);
  });
});
