import {
  baseConversationId,
  conversationContactId,
  conversationReferenceOf,
  isPersonalConversation,
  isUsableReference,
} from '../../src/teams/conversation';
import { BOT, channelMessage, personalMessage, TENANT } from './helpers/teams-activities';

const SERVICE = 'https://smba.example/emea/';

describe('baseConversationId', () => {
  it('drops the thread from a channel message’s conversation id', () => {
    expect(baseConversationId('19:abc@thread.tacv2;messageid=1700000000000')).toBe('19:abc@thread.tacv2');
    expect(baseConversationId('a:personal')).toBe('a:personal');
    expect(baseConversationId('')).toBe('');
  });
});

describe('isPersonalConversation', () => {
  it('believes Teams’ conversation type', () => {
    expect(isPersonalConversation(personalMessage(SERVICE, { id: '29:a' }, 'hej'))).toBe(true);
    expect(isPersonalConversation(channelMessage(SERVICE, { id: '29:a' }, 'hej'))).toBe(false);
    expect(isPersonalConversation({ conversation: { id: 'g', conversationType: 'groupChat', isGroup: false, name: '' } as never })).toBe(false);
  });

  it('takes a conversation without a type (Web Chat) as the person’s own unless it is a group', () => {
    expect(isPersonalConversation({ conversation: { id: 'dl-1' } as never })).toBe(true);
    expect(isPersonalConversation({})).toBe(true);
    expect(isPersonalConversation({ conversation: { id: 'dl-1', isGroup: true } as never })).toBe(false);
  });
});

describe('conversationReferenceOf', () => {
  it('aims at the channel, not the thread the message came in, from the bot', () => {
    const activity = channelMessage(SERVICE, { id: '29:a' }, 'link x');
    const reference = conversationReferenceOf(activity);
    expect(reference).toEqual({
      channelId: 'msteams',
      serviceUrl: SERVICE,
      bot: BOT,
      conversation: { id: '19:esk-general@thread.tacv2', isGroup: true, conversationType: 'channel', tenantId: TENANT, name: '' },
    });
    expect(isUsableReference(reference)).toBe(true);
  });

  it('has no conversation when the activity has none', () => {
    const reference = conversationReferenceOf({ channelId: 'msteams', serviceUrl: SERVICE });
    expect(reference.conversation).toBeUndefined();
    expect(isUsableReference(reference)).toBe(false);
  });
});

describe('isUsableReference', () => {
  it('wants the connector’s address and a conversation id', () => {
    expect(isUsableReference({ serviceUrl: SERVICE, conversation: { id: '19:x' } })).toBe(true);
    expect(isUsableReference({ serviceUrl: SERVICE, conversation: { id: '' } })).toBe(false);
    expect(isUsableReference({ conversation: { id: '19:x' } })).toBe(false);
    expect(isUsableReference({ teamId: '19:t' })).toBe(false);
    expect(isUsableReference(undefined)).toBe(false);
    expect(isUsableReference('https://x')).toBe(false);
  });
});

describe('conversationContactId', () => {
  it('is one key per channel, whichever thread names it', () => {
    expect(conversationContactId('19:x@thread.tacv2;messageid=5')).toBe('conversation:19:x@thread.tacv2');
    expect(conversationContactId('19:x@thread.tacv2')).toBe(conversationContactId('19:x@thread.tacv2;messageid=6'));
  });
});
