import type { Activity } from 'botbuilder';
import { DIRECT_LINE_PATH } from '../../src/webchat/direct-line-routes';
import { LOCAL_BOT, LOCAL_CONNECTOR_PATH } from '../../src/webchat/local-bot';
import { startWebChatServer, type WebChatServer } from './helpers/web-chat-server';

describe('the local bot’s account and connector', () => {
  let s: WebChatServer;
  beforeAll(async () => {
    s = await startWebChatServer();
  });
  afterAll(() => s.close());

  it('are what a visitor’s message names, and where the bot’s answer goes; the answer shows from the bot’s account', async () => {
    const { token, conversationId } = await s.session('deltagare-eskilstuna', 'eskilstuna');
    const auth = { authorization: `Bearer ${token}` };
    // No bot listens behind the chat here: the message is kept, and the service says the bot did not take it.
    const sent = await fetch(`${s.base}${DIRECT_LINE_PATH}/conversations/${conversationId}/activities`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'hej' }),
    });
    expect(sent.status).toBe(502);
    const polled = (await (await fetch(`${s.base}${DIRECT_LINE_PATH}/conversations/${conversationId}/activities`, { headers: auth })).json()) as { activities: Partial<Activity>[] };
    const mine = polled.activities.find((a) => a.text === 'hej');
    expect(mine?.recipient).toMatchObject({ id: LOCAL_BOT.id, name: LOCAL_BOT.name, role: 'bot' });
    expect(mine?.serviceUrl).toBe(`${s.base}${LOCAL_CONNECTOR_PATH}/${encodeURIComponent(token)}/`);

    // What the bot posts at that serviceUrl (as botbuilder's connector client would) shows from its account, whoever it says it is.
    const answer = await fetch(`${mine?.serviceUrl}v3/conversations/${conversationId}/activities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'svar', from: { id: 'someone-else', role: 'user' } }),
    });
    expect(answer.status).toBe(200);
    const shown = s.chat.conversations.get(conversationId)?.activities.find((a) => a.text === 'svar');
    expect(shown?.from).toEqual({ id: LOCAL_BOT.id, name: LOCAL_BOT.name, role: 'bot' });
  });

  it('keep the bot’s id stable and the connector on a path of its own', () => {
    expect(LOCAL_BOT.id).toMatch(/^[\w-]+$/);
    expect(LOCAL_CONNECTOR_PATH).toMatch(/^\/[\w-]+$/);
    expect(LOCAL_CONNECTOR_PATH.startsWith(DIRECT_LINE_PATH)).toBe(false);
  });
});
