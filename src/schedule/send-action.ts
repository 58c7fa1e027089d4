import type { BotContext } from '../core/bot-context';
import { targetOf } from '../core/channel-of';
import { deadlineMessage } from '../core/messages/deadline-message';
import { noChannelMessage } from '../core/messages/no-channel-message';
import { nudgeMessage } from '../core/messages/nudge-message';
import { roundMessage } from '../core/messages/round-message';
import type { OutgoingMessage } from '../core/outgoing-message';
import type { Platform } from '../core/person';
import { postToChannel } from '../core/post-to-channel';
import { DeliveryError } from '../errors';
import type { Network, Round } from '../program/schema';
import { documentedByRound } from './documented-by-round';
import type { DueAction } from './due-actions';
import { DropReason, SendProblem } from './reason-codes';
import { type Reached, sendDirectOnce } from './send-direct-once';

/** What happened to one action: sent (with what the platform returned), or nothing to send. */
export type SendOutcome = { status: 'sent'; receipt?: string } | { status: 'dropped'; reason: DropReason };

/** Before a send: the runner re-checks its claim here, so a holder whose lease lapsed does not send. */
export type Fence = () => Promise<void>;

/** One try of an action, with what earlier tries left behind. */
export interface Attempt {
  /** An earlier try crashed or failed: its message may be out already. */
  resuming: boolean;
  /** Who earlier tries reached privately. */
  reached: Reached;
  /** Records who has been reached so far; called after each private message, before the next. */
  note: (reached: Reached) => Promise<void>;
  fence: Fence;
}

async function toPeople(
  ctx: BotContext,
  ids: readonly string[],
  message: (platform: Platform) => OutgoingMessage,
  key: string,
  attempt: Attempt,
): Promise<SendOutcome> {
  const reached: Record<string, string> = { ...attempt.reached };
  for (const entry of ids) {
    if (reached[entry] !== undefined) continue;
    reached[entry] = await sendDirectOnce(ctx, entry, message, key, { resuming: attempt.resuming, reached, fence: attempt.fence });
    // Noted before the next person: if that one fails, the retry skips this one even where the platform cannot look (Teams).
    await attempt.note({ ...reached });
  }
  const receipts = ids.map((entry) => reached[entry] as string);
  return receipts.length > 0 ? { status: 'sent', receipt: receipts.join(',') } : { status: 'dropped', reason: DropReason.NobodyToTell };
}

/**
 * Sends one due action through the platform of its network (or of each
 * person, for what goes to leaders and coordinators). Throws DeliveryError
 * when a platform refuses; the runner records and retries.
 */
export async function sendAction(
  ctx: BotContext,
  due: DueAction,
  key: string,
  attempt: Attempt,
): Promise<SendOutcome> {
  const { program } = ctx;
  const locale = program.program.locale;
  const round = program.rounds.find((r) => r.number === due.planned.round) as Round;
  const network = program.networks.find((n) => n.id === due.planned.network);
  const coordinators = program.program.coordinators;

  switch (due.planned.action) {
    case 'post':
    case 'remind': {
      const target = network && (await targetOf(ctx, network));
      if (!network || !target) throw new DeliveryError('unreachable', SendProblem.NoChannel);
      const port = ctx.ports[target.platform];
      if (!port) throw new DeliveryError('unreachable', `no ${target.platform} connection`);
      const message = roundMessage(program, round, network, due.planned.action, locale);
      return { status: 'sent', receipt: (await postToChannel(ctx, port, target, message, key, attempt)).id };
    }
    case 'nudge': {
      const n = network as Network;
      const documented = await documentedNetworks(ctx, round.number);
      if (documented.has(n.id)) return { status: 'dropped', reason: DropReason.MinutesIn };
      const progress = { done: documented.size, total: program.networks.length };
      return toPeople(ctx, n.leaders, () => nudgeMessage(program, round, n, progress, locale), key, attempt);
    }
    case 'deadline': {
      const documented = await documentedNetworks(ctx, round.number);
      return toPeople(ctx, coordinators, (platform) => deadlineMessage(program, round, [...documented], locale, platform), key, attempt);
    }
    case 'warn': {
      const missing: string[] = [];
      for (const n of program.networks) if (!(await targetOf(ctx, n))) missing.push(n.id);
      if (missing.length === 0) return { status: 'dropped', reason: DropReason.AllLinked };
      return toPeople(ctx, coordinators, (platform) => noChannelMessage(program, round, missing, locale, platform), key, attempt);
    }
  }
}

/** Networks whose leaders' minutes for the round are in. */
export async function documentedNetworks(ctx: BotContext, round: number): Promise<Set<string>> {
  // Read again at send time: minutes may have come in since the tick began.
  const replies = await ctx.store.replies.listByScope({ program: ctx.program.program.id, round });
  return documentedByRound(replies).get(round) ?? new Set();
}
