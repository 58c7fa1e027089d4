import { DeliveryError } from '../../src/errors';
import { conversationReferenceOf } from '../../src/teams/conversation';
import { rememberContact } from '../../src/teams/remember-contact';
import { toDeliveryError } from '../../src/teams/teams-port';
import { cardOf, cardText } from './helpers/fake-connector';
import { ANNA, channelMessage, installInTeam, personalConversationId, personalMessage, TEAM } from './helpers/teams-activities';
import { teamsTurnsForEach } from './helpers/teams-turn';

const KAT = '19:kat@thread.tacv2';
const message = { fallback: 'Träff 1', blocks: [{ type: 'heading' as const, text: 'Träff 1: frågorna' }], actions: [] };

const h = teamsTurnsForEach();

const port = () => h.deps.port;

describe('TeamsPort.post', () => {
  it('posts a new thread into a channel of a team the app is in, from the team’s install', async () => {
    await port().channels.rememberTeam(TEAM, conversationReferenceOf(installInTeam(h.connector.url, TEAM)));
    await port().channels.rememberChannel(TEAM, KAT, 'Katrineholm');
    const receipt = await port().post({ platform: 'teams', program: 'teams-test', network: 'katrineholm', channel: KAT }, message, 'round-1');
    const [sent] = h.connector.activities(KAT);
    expect(sent?.method).toBe('POST');
    // The channel itself, not a thread of it.
    expect(sent?.conversationId).toBe(KAT);
    expect(receipt.id).toMatch(/^act-/);
    expect(cardText(cardOf(sent?.body ?? {}))).toBe('Träff 1: frågorna');
  });

  it('looks once in the installed teams for a channel it does not know, then posts', async () => {
    await port().channels.rememberTeam(TEAM, conversationReferenceOf(installInTeam(h.connector.url, TEAM)));
    h.connector.teamChannels.set(TEAM, [{ id: KAT }]);
    await port().post({ platform: 'teams', program: 'teams-test', network: 'katrineholm', channel: KAT }, message, 'round-1');
    expect(h.connector.calls.map((c) => c.method)).toEqual(['GET', 'POST']);
  });

  it('is unreachable for a channel of no team it is in', async () => {
    const e = await port().post({ platform: 'teams', program: 'teams-test', network: 'katrineholm', channel: KAT }, message, 'round-1').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DeliveryError);
    expect((e as DeliveryError).reason).toBe('unreachable');
  });

  it('tries a throttled post again, and calls a removed bot unreachable', async () => {
    const target = { platform: 'teams' as const, program: 'teams-test', network: 'katrineholm', channel: KAT, reference: conversationReferenceOf(channelMessage(h.connector.url, ANNA, 'x', KAT)) };
    h.connector.fail((c) => c.method === 'POST', 429, 1);
    await port().post(target, message, 'k');
    expect(h.connector.calls.map((c) => c.status)).toEqual([429, 200]);
    h.connector.fail((c) => c.method === 'POST', 403, 1, {}, { error: { code: 'BotNotInConversationRoster', message: 'removed' } });
    const e = await port().post(target, message, 'k').catch((x: unknown) => x);
    expect((e as DeliveryError).reason).toBe('unreachable');
    expect((e as DeliveryError).message).toMatch(/403 BotNotInConversationRoster/);
  });
});

describe('TeamsPort direct messages', () => {
  it('opens a personal chat with someone who wrote only in a channel, remembers it, and reuses it', async () => {
    await rememberContact(h.t.ctx, channelMessage(h.connector.url, ANNA, 'status'));
    await port().sendDirect('aad-anna', message, 'nudge-1');
    await port().sendDirect('aad-anna', message, 'nudge-2');
    const opened = h.connector.calls.filter((c) => c.path === '/v3/conversations');
    expect(opened).toHaveLength(1);
    expect(opened[0]?.body).toMatchObject({ isGroup: false, members: [{ id: '29:anna' }], tenantId: 'tenant-1' });
    expect(h.connector.activities(personalConversationId(ANNA))).toHaveLength(2);
  });

  it('writes in the personal chat the person already has', async () => {
    await rememberContact(h.t.ctx, personalMessage(h.connector.url, ANNA, 'hej'));
    await port().sendDirect('aad-anna', message, 'nudge-1');
    expect(h.connector.calls.map((c) => [c.method, c.conversationId])).toEqual([['POST', personalConversationId(ANNA)]]);
  });

  it('is unreachable for someone who never wrote to the bot', async () => {
    const e = await port().sendDirect('aad-nobody', message, 'k').catch((x: unknown) => x);
    expect((e as DeliveryError).reason).toBe('unreachable');
    expect(h.connector.calls).toEqual([]);
  });
});

describe('TeamsPort.syncTeam', () => {
  it('keeps which team each listed channel belongs to, and does nothing for a team it is not in', async () => {
    await port().syncTeam(TEAM);
    expect(h.connector.calls).toEqual([]);
    await port().channels.rememberTeam(TEAM, conversationReferenceOf(installInTeam(h.connector.url, TEAM)));
    h.connector.teamChannels.set(TEAM, [{ id: TEAM, name: 'General' }, { id: KAT, name: 'Katrineholm 😀' }, { name: 'utan id' }] as never);
    await port().syncTeam(TEAM);
    expect((await h.t.store.contacts.get('teams', `conversation:${KAT}`))?.reference).toEqual({ teamId: TEAM, name: 'Katrineholm 😀' });
  });
});

describe('toDeliveryError', () => {
  it('keeps a DeliveryError, and sorts connector failures into unreachable and failed', () => {
    const kept = new DeliveryError('failed', 'x');
    expect(toDeliveryError(kept)).toBe(kept);
    expect(toDeliveryError(Object.assign(new Error('gone'), { statusCode: 404 })).reason).toBe('unreachable');
    const failed = toDeliveryError(Object.assign(new Error('bad'), { statusCode: 400, code: 'BadArgument' }));
    expect(failed.reason).toBe('failed');
    expect(failed.message).toMatch(/400 BadArgument bad/);
    expect(toDeliveryError(new Error('socket hang up')).reason).toBe('failed');
  });
});
