import type { OutgoingMessage } from '../../src/core/outgoing-message';
import { replyMessage, replyText } from '../../src/teams/reply';
import { cardOf, cardText } from './helpers/fake-connector';
import { ANNA, channelMessage, ESK_CHANNEL } from './helpers/teams-activities';
import { teamsTurnsForEach } from './helpers/teams-turn';

const h = teamsTurnsForEach();

describe('replyText', () => {
  it('answers in the thread the person wrote in, as Markdown escaped so names and ids show as typed', async () => {
    const activity = channelMessage(h.connector.url, ANNA, 'status');
    await h.run(activity, (turn) => replyText(turn, 'Nätverket *öst* [länk](http://x.example) 😀'));
    const [sent] = h.connector.activities();
    expect(sent?.conversationId).toBe(activity.conversation?.id);
    expect(sent?.conversationId?.startsWith(`${ESK_CHANNEL};messageid=`)).toBe(true);
    expect(sent?.activityId).toBe(activity.id);
    expect(sent?.body).toMatchObject({ type: 'message', textFormat: 'markdown' });
    const text = String(sent?.body.text);
    expect(text).not.toMatch(/\]\(|(^|[^\u200b])\*/);
    expect(text.replace(/\u200b/g, '')).toBe('Nätverket *öst* [länk](http://x.example) 😀');
  });
});

describe('replyMessage', () => {
  it('answers with the message as a card, its one line as the summary', async () => {
    const message: OutgoingMessage = { fallback: 'Hjälp', blocks: [{ type: 'heading', text: 'Det här kan jag' }, { type: 'list', items: ['svara', 'status'] }], actions: [] };
    await h.run(channelMessage(h.connector.url, ANNA, 'help'), (turn) => replyMessage(turn, message));
    const [sent] = h.connector.activities();
    expect(sent?.body.summary).toBe('Hjälp');
    expect(cardText(cardOf(sent?.body ?? {}))).toBe('Det här kan jag\n• svara\n• status');
  });
});
