import { asCodedError, DeliveryError } from '../errors';
import type { BotContext } from './bot-context';
import type { OutgoingMessage } from './outgoing-message';
import type { ChannelPort, ChannelTarget, Receipt } from './port';

export interface PostTry {
  /** An earlier try crashed or failed: the message may be in the channel already, so the platform is asked first. */
  resuming: boolean;
  /** Checked just before posting: throws when this instance may no longer send (its lease lapsed). */
  fence: () => Promise<void>;
}

/**
 * Posts into a network's channel, at most once per key, and keeps in the
 * store whether the channel can be reached: a refusal for good (the
 * platform's `unreachable`) is recorded for `status` on every instance, and
 * a post that gets through clears it. The record is a note beside the send:
 * failing to write it is logged, never the send's own failure (a post that
 * went out must not be tried again because a note was not written).
 */
export async function postToChannel(ctx: BotContext, port: ChannelPort, target: ChannelTarget, message: OutgoingMessage, key: string, attempt: PostTry): Promise<Receipt> {
  const program = ctx.program.program.id;
  const note = (what: string, write: Promise<void>) =>
    write.catch((e: unknown) => ctx.log.warn({ network: target.network, err: asCodedError(e).message }, `channel ${what} not recorded`));
  let receipt: Receipt;
  try {
    // After a crash between send and record the message may already be there.
    const earlier = attempt.resuming ? await port.findPosted(target, key) : undefined;
    if (!earlier) await attempt.fence();
    receipt = earlier ?? (await port.post(target, message, key));
  } catch (e) {
    if (e instanceof DeliveryError && e.reason === 'unreachable') {
      const refusal = { program, network: target.network, platform: target.platform, detail: e.platformError, at: ctx.clock.now().toISOString() };
      await note('refusal', ctx.store.reachability.refused(refusal));
    }
    throw e;
  }
  await note('reach', ctx.store.reachability.reached(program, target.network));
  return receipt;
}
