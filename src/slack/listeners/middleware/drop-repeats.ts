import type { AnyMiddlewareArgs, App, Middleware } from '@slack/bolt';
import type { SlackRuntime } from '../../slack-runtime';

/** Slash commands and button clicks: acknowledged here, first, and answered afterwards by their listener. */
export function acknowledgedFirst(body: { type?: string; command?: unknown }): boolean {
  return body.type === 'block_actions' || typeof body.command === 'string';
}

/**
 * Every slash command and button click is acknowledged at once, before
 * anything is read from the store or asked of Slack, so Slack has its answer
 * well within 3 seconds whatever the store does; the listener answers after
 * (response_url, a modal, a message) and never calls `ack` itself.
 *
 * Then one seen before (the same trigger id: Slack retried a delivery,
 * `X-Slack-Retry-Num`) is dropped, so it never makes a second reply or
 * message. Modal submissions are not acknowledged nor dropped here: saving
 * is idempotent and Slack needs their real answer (errors, or close), so
 * they are handled again and only their confirmation is deduplicated. The
 * trigger ids are shared between instances on Redis, so a retry that lands
 * on another instance is dropped there too.
 */
export function register(app: App, rt: SlackRuntime): void {
  const ackFirstDropRepeats: Middleware<AnyMiddlewareArgs> = async (args) => {
    const body = args.body as { type?: string; command?: unknown; trigger_id?: unknown };
    if (!acknowledgedFirst(body)) return args.next();
    await (args as { ack?: () => Promise<void> }).ack?.();
    if (typeof body.trigger_id === 'string' && !(await rt.triggers.claim(body.trigger_id))) {
      rt.log.info({ retry: args.context.retryNum ?? null }, 'slack request repeated; dropped');
      return;
    }
    await args.next();
  };
  app.use(ackFirstDropRepeats);
}
