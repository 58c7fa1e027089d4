import cron from 'node-cron';
import type { BotContext } from '../core/bot-context';
import { asCodedError } from '../errors';
import { runDue, type TickReport } from './run-due';
import { runPurge } from './run-purge';

export interface Scheduler {
  /** Runs one tick now (start-up catch-up, tests); resolves when it is done. */
  tick(): Promise<TickReport | undefined>;
  stop(): Promise<void>;
}

export interface SchedulerOptions {
  /** `false` (SCHEDULE=off): nothing is sent; `beforeTick` still runs every minute. */
  enabled?: boolean;
  /** `false`: no node-cron, only `tick()` (tests). */
  cron?: boolean;
  /** Runs first in every tick, even with the schedule off: the program file's fallback check. Its failure is logged, not fatal. */
  beforeTick?: () => Promise<unknown>;
}

/**
 * Ticks the schedule every minute with node-cron, plus once at start so
 * what was missed while the bot was down is caught up at once. A tick that
 * runs long is never overlapped by the next one: that one is skipped, and
 * the work it would have done is still due a minute later. A tick first
 * runs `beforeTick` (the program file's check), so it plans with the latest
 * valid program.
 */
export function startScheduler(ctx: BotContext, opts: SchedulerOptions = {}): Scheduler {
  const enabled = opts.enabled !== false;
  const { beforeTick } = opts;
  let running: Promise<TickReport | undefined> | undefined;
  let stopped = false;
  const before = () =>
    (beforeTick?.() ?? Promise.resolve()).catch((e: unknown) =>
      ctx.log.warn({ err: asCodedError(e).message }, 'schedule: the check before the tick failed'),
    );
  const tick = () => {
    if (stopped || (!enabled && !beforeTick)) return Promise.resolve(undefined);
    if (running) return running;
    if (!enabled) {
      running = before()
        .then(() => undefined)
        .finally(() => {
          running = undefined;
        });
      return running;
    }
    running = before()
      .then(() => runDue(ctx))
      .then((report) => {
        if (report.sent.length + report.failed.length + report.dropped.length > 0) {
          ctx.log.info(
            { sent: report.sent.length, failed: report.failed.length, dropped: report.dropped.length },
            'schedule: tick',
          );
        }
        return report;
      })
      .then(async (report) => {
        // The retention purge rides the same tick; it does something once a day at most.
        await runPurge(ctx).catch((e: unknown) =>
          ctx.log.error({ err: asCodedError(e).message }, 'retention: purge failed; next minute tries again'),
        );
        return report;
      })
      .catch((e: unknown) => {
        ctx.log.error({ err: asCodedError(e).message }, 'schedule: tick failed; next minute tries again');
        return undefined;
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  const task = (!enabled && !beforeTick) || opts.cron === false ? undefined : cron.schedule('* * * * *', () => void tick(), { noOverlap: true, name: 'lnb-schedule' });
  void tick();
  return {
    tick,
    async stop() {
      stopped = true;
      await task?.destroy();
      await running;
    },
  };
}
