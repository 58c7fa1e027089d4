import type { Activity } from 'botbuilder';
import type { BotContext } from '../core/bot-context';
import { targetOf } from '../core/channel-of';
import { roundMessage } from '../core/messages/round-message';
import type { OutgoingMessage } from '../core/outgoing-message';
import { currentRound } from '../core/round-window';
import { asCodedError } from '../errors';
import type { LocalDelivery, LocalPort } from '../local/local-port';
import { cardActivity } from '../teams/cards/adaptive-card';
import { messageCard } from '../teams/cards/message-card';
import { LOCAL_BOT } from './local-bot';
import type { WebConversation, WebConversations } from './web-conversations';

/** The same card Teams would show, from the bot's account. */
function botCard(message: OutgoingMessage): Partial<Activity> {
  return { ...cardActivity(messageCard(message), message.fallback), from: { id: LOCAL_BOT.id, name: LOCAL_BOT.name, role: 'bot' } as Activity['from'] };
}

/** Whether a delivery carries a round's buttons (its questions or a reminder). */
const isRoundPost = (d: LocalDelivery, round: number) => d.message.actions.some((a) => a.value.round === round);

/**
 * Shows what the scheduler sends to `local` networks in the web chat. The
 * program's local networks have no real channel, so a visitor stands in
 * for one member: a channel post reaches every open conversation of that
 * network, a private message every conversation of its addressee. A new
 * conversation replays both histories, so the round's questions are there
 * at once; when they are not (the bot restarted after posting, as the
 * ledger lives in the store and these deliveries only in memory, or the
 * network has no channel yet), the current round's questions are shown as
 * the scheduler posted them.
 */
export function relayLocalDeliveries(ctx: BotContext, local: LocalPort, conversations: WebConversations): () => void {
  /** `channel:<id>` of the visitor's network, when it is a local channel. */
  async function channelOf(conversation: WebConversation): Promise<string | undefined> {
    const network = ctx.program.networks.find((n) => n.id === conversation.visitor.network);
    const target = network ? await targetOf(ctx, network) : undefined;
    return target?.platform === 'local' ? `channel:${target.channel}` : undefined;
  }

  async function reaches(conversation: WebConversation, to: string): Promise<boolean> {
    return to === `user:${conversation.visitor.userId}` || to === (await channelOf(conversation));
  }

  /**
   * A delivery as the visitor reads it: a round's questions or reminder in
   * the page's language (the scheduler wrote it in the program's, for a
   * whole channel; here the channel is one visitor). Found by its ledger key.
   */
  function inVisitorLanguage(delivery: LocalDelivery, conversation: WebConversation): OutgoingMessage {
    const [programId, roundNumber, networkId, action] = delivery.key.split('/');
    if (programId !== ctx.program.program.id || (action !== 'post' && action !== 'remind')) return delivery.message;
    const round = ctx.program.rounds.find((r) => String(r.number) === roundNumber);
    const network = ctx.program.networks.find((n) => n.id === networkId);
    return round && network ? roundMessage(ctx.program, round, network, action, conversation.visitor.locale) : delivery.message;
  }

  /** Round cards shown in place of a post the conversation had not seen, so the post itself is not shown twice. */
  const standIns = new WeakMap<WebConversation, Set<string>>();

  /** Shows what was sent before the conversation opened: `sent` is the platform's deliveries at that moment. */
  async function replay(conversation: WebConversation, sent: readonly LocalDelivery[]): Promise<void> {
    const channel = await channelOf(conversation);
    const history = sent.filter((d) => d.to === channel || d.to === `user:${conversation.visitor.userId}`);
    const round = currentRound(ctx.program, ctx.clock.now());
    const network = ctx.program.networks.find((n) => n.id === conversation.visitor.network);
    if (round && network && !history.some((d) => d.to === channel && isRoundPost(d, round.number))) {
      const message = roundMessage(ctx.program, round, network, 'post', conversation.visitor.locale);
      standIns.set(conversation, new Set([JSON.stringify(message)]));
      conversations.append(conversation, botCard(message));
    }
    for (const delivery of history) conversations.append(conversation, botCard(inVisitorLanguage(delivery, conversation)));
  }

  /** Shows a delivery in `open`, the conversations open when it was sent (a later one has it from its replay). */
  async function relay(delivery: LocalDelivery, open: readonly WebConversation[]): Promise<void> {
    for (const conversation of open) {
      if (!(await reaches(conversation, delivery.to))) continue;
      const message = inVisitorLanguage(delivery, conversation);
      // The schedule's post of a round the conversation already shows (it opened before the post went out).
      if (standIns.get(conversation)?.delete(JSON.stringify(message))) continue;
      conversations.append(conversation, botCard(message));
    }
  }

  const fail = (e: unknown) => ctx.log.warn({ err: asCodedError(e).message }, 'local chat: delivery not shown');

  // One at a time, in the order they came: a post and a private message sent together arrive in that order.
  // Which conversation gets which delivery is settled as each event happens, not when its turn comes:
  // a delivery sent as a conversation opens is then either in its history or relayed to it, never both.
  let queue = Promise.resolve();
  const enqueue = (work: () => Promise<void>) => {
    queue = queue.then(work).catch(fail);
  };
  const stopStart = conversations.onStart((conversation) => {
    const sent = local.sent();
    enqueue(() => replay(conversation, sent));
  });
  const stopDelivery = local.onDelivery((delivery) => {
    const open = conversations.list();
    enqueue(() => relay(delivery, open));
  });
  return () => {
    stopStart();
    stopDelivery();
  };
}
