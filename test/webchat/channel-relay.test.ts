import type { Activity } from 'botbuilder';
import { roundMessage } from '../../src/core/messages/round-message';
import type { OutgoingMessage } from '../../src/core/outgoing-message';
import { relayLocalDeliveries } from '../../src/webchat/channel-relay';
import { LOCAL_BOT } from '../../src/webchat/local-bot';
import { type Visitor, type WebConversation, WebConversations } from '../../src/webchat/web-conversations';
import { openTestContext, type TestContext } from '../helpers/bot-context';
import { eventually } from '../helpers/eventually';

const ROUND_SV = 'Träff 1: Vad är ett individualiserat anhörigstöd?';
const note = (text: string): OutgoingMessage => ({ fallback: text, blocks: [{ type: 'text', text }], actions: [] });
const shows = (c: WebConversation, text: string) => c.activities.filter((a: Partial<Activity>) => JSON.stringify(a).includes(text)).length;

describe('relayLocalDeliveries', () => {
  let t: TestContext;
  let conversations: WebConversations;
  let stop: () => void;
  beforeEach(async () => {
    // Round 1's questions went out on 19 November; its meeting is ahead.
    t = await openTestContext({ now: '2026-11-23T10:00:00Z' });
    conversations = new WebConversations(t.clock);
    stop = relayLocalDeliveries(t.ctx, t.local, conversations);
  });
  afterEach(async () => {
    stop();
    await t.close();
  });

  const open = (over: Partial<Visitor> = {}) => {
    const c = conversations.create({ userId: 'deltagare-eskilstuna', name: 'Deltagare', network: 'eskilstuna', locale: 'sv', ...over });
    conversations.start(c);
    return c;
  };
  const program = () => t.ctx.program;
  const round1 = () => program().rounds[0] as (typeof t.ctx.program.rounds)[number];
  const network = (id: string) => program().networks.find((n) => n.id === id) as (typeof t.ctx.program.networks)[number];
  const postRound = (id: string) =>
    t.local.post({ platform: 'local', program: program().program.id, network: id, channel: id }, roundMessage(program(), round1(), network(id), 'post', 'sv'), `${program().program.id}/1/${id}/post/0`);

  it('shows the current round’s questions in a new conversation, from the bot’s account, before anything is posted', async () => {
    const c = open();
    await eventually(() => c.activities.length > 0);
    expect(shows(c, ROUND_SV)).toBe(1);
    expect(c.activities[0]?.from).toMatchObject({ id: LOCAL_BOT.id, name: LOCAL_BOT.name, role: 'bot' });
    expect(c.activities[0]?.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
  });

  it('does not show the round’s post a second time when it goes out after the conversation opened', async () => {
    const c = open();
    await eventually(() => shows(c, ROUND_SV) === 1);
    await postRound('eskilstuna');
    await t.local.sendDirect('deltagare-eskilstuna', note('efter posten'), 'dm/1');
    await eventually(() => shows(c, 'efter posten') === 1);
    expect(shows(c, ROUND_SV)).toBe(1);
  });

  it('relays a channel post to every open conversation of that network only, and a private message to its addressee only', async () => {
    const mine = open();
    const neighbour = open({ userId: 'deltagare-katrineholm', network: 'katrineholm' });
    const colleague = open({ userId: 'kollega', network: 'eskilstuna' });
    await eventually(() => [mine, neighbour, colleague].every((c) => shows(c, ROUND_SV) === 1));
    await t.local.post({ platform: 'local', program: program().program.id, network: 'eskilstuna', channel: 'eskilstuna' }, note('till eskilstuna 🙂 <b>'), 'note/1');
    await t.local.sendDirect('deltagare-katrineholm', note('bara till dig'), 'dm/2');
    await eventually(() => shows(neighbour, 'bara till dig') === 1);
    expect(shows(mine, 'till eskilstuna')).toBe(1);
    expect(shows(colleague, 'till eskilstuna')).toBe(1);
    expect(shows(neighbour, 'till eskilstuna')).toBe(0);
    expect(shows(mine, 'bara till dig') + shows(colleague, 'bara till dig')).toBe(0);
  });

  it('replays what the channel and the visitor were sent to a conversation opened later, in order', async () => {
    await postRound('eskilstuna');
    await t.local.sendDirect('deltagare-eskilstuna', note('påminnelse till dig'), 'dm/3');
    await t.local.sendDirect('någon-annan', note('inte till dig'), 'dm/4');
    const c = open();
    await eventually(() => shows(c, 'påminnelse till dig') === 1);
    expect(shows(c, ROUND_SV)).toBe(1);
    expect(shows(c, 'inte till dig')).toBe(0);
    const order = c.activities.map((a) => (JSON.stringify(a).includes(ROUND_SV) ? 'round' : 'dm'));
    expect(order).toEqual(['round', 'dm']);
  });

  it('shows a round’s post in the visitor’s language, whatever language it went out in', async () => {
    await postRound('eskilstuna');
    const c = open({ locale: 'en' });
    await eventually(() => c.activities.length > 0);
    expect(shows(c, ROUND_SV)).toBe(0);
    expect(shows(c, 'Meeting 1:')).toBe(1);
  });

  it('shows a message sent just as a conversation opens once, not both replayed and relayed', async () => {
    // Sent, then opened, before the relay has done either.
    void t.local.sendDirect('deltagare-eskilstuna', note('precis före'), 'dm/6');
    const before = open();
    // Opened, then sent, before the relay has replayed the history.
    const after = open({ userId: 'deltagare-2' });
    void t.local.sendDirect('deltagare-2', note('precis efter'), 'dm/7');
    await t.local.sendDirect('deltagare-eskilstuna', note('sist'), 'dm/8');
    await t.local.sendDirect('deltagare-2', note('sist'), 'dm/9');
    await eventually(() => shows(before, 'sist') === 1 && shows(after, 'sist') === 1);
    expect(shows(before, 'precis före')).toBe(1);
    expect(shows(after, 'precis efter')).toBe(1);
    expect(shows(before, ROUND_SV)).toBe(1);
  });

  it('shows nothing more once stopped', async () => {
    const c = open();
    await eventually(() => shows(c, ROUND_SV) === 1);
    stop();
    await t.local.sendDirect('deltagare-eskilstuna', note('efter stopp'), 'dm/5');
    const later = open({ userId: 'ny' });
    // A second conversation opened after the stop gets no replay either.
    expect(later.activities).toEqual([]);
    expect(shows(c, 'efter stopp')).toBe(0);
  });
});
