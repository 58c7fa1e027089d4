import type { BotContext } from '../core/bot-context';
import type { OutgoingMessage } from '../core/outgoing-message';
import type { Platform } from '../core/person';
import { asCodedError } from '../errors';
import { type Reached, sendDirectOnce } from './send-direct-once';

export interface TellProgress {
  /** An earlier try crashed or failed: a notice may be out unrecorded, so the platform is asked first where it can look. */
  resuming: boolean;
  /** Coordinators earlier tries reached; they are not told again. */
  reached: Reached;
  /** Records who has been reached so far; called after each notice, before the next. */
  note(reached: Reached): Promise<void>;
}

export interface Told {
  /** Every coordinator reached, by this call or before it, with the receipt. */
  reached: Reached;
  /** How many could not be reached this time (each is logged); a caller that keeps `reached` tries them again later. */
  failures: number;
}

/**
 * A private notice to each coordinator of the running program, under
 * `key/<entry>` (sendDirectOnce), with the message built for their
 * platform. One who cannot be reached (no connection to their platform, a
 * refusal) is logged and counted, and the others are still told; it never
 * throws for a send. With `progress`, those already reached are skipped and
 * each new one is noted as it is reached, so a retry tells only the rest.
 */
export async function tellCoordinators(
  ctx: BotContext,
  message: (platform: Platform) => OutgoingMessage,
  key: string,
  progress?: TellProgress,
): Promise<Told> {
  const reached: Record<string, string> = { ...progress?.reached };
  let failures = 0;
  for (const entry of ctx.program.program.coordinators) {
    if (reached[entry] !== undefined) continue;
    try {
      reached[entry] = await sendDirectOnce(ctx, entry, message, key, { resuming: progress?.resuming ?? false, reached });
    } catch (e) {
      failures += 1;
      ctx.log.warn({ action: key, coordinator: entry, err: asCodedError(e).message }, 'could not tell a coordinator');
      continue;
    }
    await progress?.note({ ...reached });
  }
  return { reached, failures };
}
