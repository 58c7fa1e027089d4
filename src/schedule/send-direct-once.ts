import type { BotContext } from '../core/bot-context';
import type { OutgoingMessage } from '../core/outgoing-message';
import { type Platform, platformOfEntry } from '../core/person';
import { DeliveryError } from '../errors';

/** Person entry (as written in the program file) → receipt id of the private message they got. */
export type Reached = Readonly<Record<string, string>>;

export interface DirectOnceOptions {
  /** An earlier try crashed or failed: its message may have gone out unrecorded. */
  resuming: boolean;
  /** Who earlier tries reached, as the ledger noted. */
  reached: Reached;
  /** Checked just before the send (the runner's lease). */
  fence?: () => Promise<void>;
}

/**
 * One private message to one person under `key/entry`, at most once: never
 * to someone the ledger notes as reached, and when resuming, not when the
 * platform finds the message by its key (Slack, local). Teams cannot look,
 * so there the ledger note is the only guard. Returns the receipt id.
 */
export async function sendDirectOnce(
  ctx: BotContext,
  entry: string,
  // Built per person: what to type differs between platforms.
  message: (platform: Platform) => OutgoingMessage,
  key: string,
  opts: DirectOnceOptions,
): Promise<string> {
  const noted = opts.reached[entry];
  if (noted !== undefined) return noted;
  const { platform, userId } = platformOfEntry(ctx.program, entry);
  const port = ctx.ports[platform];
  if (!port) throw new DeliveryError('unreachable', `no ${platform} connection for ${entry}`);
  const personKey = `${key}/${entry}`;
  const earlier = opts.resuming ? await port.findDirect?.(userId, personKey) : undefined;
  if (earlier) return earlier.id;
  await opts.fence?.();
  return (await port.sendDirect(userId, message(platform), personKey)).id;
}
