import type { Activity } from 'botbuilder';

export const BOT = { id: '28:bot-id', name: 'Lärande nätverk' };
export const TENANT = 'tenant-1';
export const TEAM = '19:team-esk@thread.tacv2';
export const ESK_CHANNEL = '19:esk-general@thread.tacv2';

export interface Sender {
  id: string;
  aadObjectId?: string;
  name?: string;
}

export const COORD: Sender = { id: '29:coord', aadObjectId: 'aad-coord', name: 'Samordnare' };
export const LEAD: Sender = { id: '29:lead', aadObjectId: 'aad-lead', name: 'Ledare' };
export const ANNA: Sender = { id: '29:anna', aadObjectId: 'aad-anna', name: 'Anna' };

let seq = 0;
const nextId = () => `${Date.now()}${++seq}`;

const base = (serviceUrl: string) => ({
  channelId: 'msteams',
  serviceUrl,
  recipient: BOT,
  locale: 'sv-SE',
  timestamp: new Date(),
});

/** A channel message as Teams sends it: in a thread, with the bot's mention as `<at>…</at>`. */
export function channelMessage(serviceUrl: string, from: Sender, text: string, channel = ESK_CHANNEL): Partial<Activity> {
  const id = nextId();
  return {
    ...base(serviceUrl),
    type: 'message',
    id,
    from,
    text: `<at>${BOT.name}</at> ${text}`,
    textFormat: 'plain',
    entities: [{ type: 'mention', mentioned: BOT, text: `<at>${BOT.name}</at>` }],
    conversation: { id: `${channel};messageid=${id}`, conversationType: 'channel', isGroup: true, tenantId: TENANT, name: '' },
    channelData: { teamsChannelId: channel, teamsTeamId: TEAM, channel: { id: channel }, team: { id: TEAM }, tenant: { id: TENANT } },
  } as Partial<Activity>;
}

export function personalConversationId(from: Sender): string {
  return `a:personal-${from.id}`;
}

/** A message in the person's 1:1 chat with the bot. */
export function personalMessage(serviceUrl: string, from: Sender, text: string, locale = 'sv-SE'): Partial<Activity> {
  return {
    ...base(serviceUrl),
    locale,
    type: 'message',
    id: nextId(),
    from,
    text,
    conversation: { id: personalConversationId(from), conversationType: 'personal', tenantId: TENANT, name: '' },
    channelData: { tenant: { id: TENANT } },
  } as Partial<Activity>;
}

/** An Action.Submit click: a message with no text, the card's data and inputs as `value`, replying to the card. */
export function cardSubmit(
  serviceUrl: string,
  from: Sender,
  value: Record<string, unknown>,
  replyToId: string,
  conversationId = personalConversationId(from),
): Partial<Activity> {
  const personal = conversationId.startsWith('a:');
  return {
    ...base(serviceUrl),
    type: 'message',
    id: nextId(),
    from,
    value,
    replyToId,
    conversation: personal
      ? { id: conversationId, conversationType: 'personal', tenantId: TENANT, name: '' }
      : { id: conversationId, conversationType: 'channel', isGroup: true, tenantId: TENANT, name: '' },
    channelData: { tenant: { id: TENANT } },
  } as Partial<Activity>;
}

/** The app installed in a team: the bot joins, in the team's General channel. */
export function installInTeam(serviceUrl: string, channel = ESK_CHANNEL, team = TEAM): Partial<Activity> {
  return {
    ...base(serviceUrl),
    type: 'conversationUpdate',
    id: nextId(),
    from: COORD,
    membersAdded: [{ id: BOT.id }],
    conversation: { id: channel, conversationType: 'channel', isGroup: true, tenantId: TENANT, name: '' },
    channelData: { eventType: 'teamMemberAdded', team: { id: team, name: 'Eskilstuna' }, tenant: { id: TENANT } },
  } as Partial<Activity>;
}

export function installationUpdate(serviceUrl: string, action: 'add' | 'remove', channel: string): Partial<Activity> {
  return {
    ...base(serviceUrl),
    type: 'installationUpdate',
    id: nextId(),
    action,
    from: COORD,
    conversation: { id: channel, conversationType: 'channel', isGroup: true, tenantId: TENANT, name: '' },
    channelData: { team: { id: TEAM }, tenant: { id: TENANT } },
  } as Partial<Activity>;
}

/** Teams tells an installed app about a channel made, renamed or deleted in the team; the activity is in the General channel. */
export function channelEvent(
  serviceUrl: string,
  eventType: 'channelCreated' | 'channelRenamed' | 'channelDeleted',
  channel: { id: string; name?: string },
  team = TEAM,
): Partial<Activity> {
  return {
    ...base(serviceUrl),
    type: 'conversationUpdate',
    id: nextId(),
    from: COORD,
    conversation: { id: team, conversationType: 'channel', isGroup: true, tenantId: TENANT, name: '' },
    channelData: { eventType, channel, team: { id: team, name: 'Eskilstuna' }, tenant: { id: TENANT } },
  } as Partial<Activity>;
}
