import type { AnyMiddlewareArgs, App, Middleware } from '@slack/bolt';
import type { SlackRuntime } from '../../slack-runtime';

/**
 * A slash command or button click seen before (the same trigger id: Slack
 * retried a delivery, `X-Slack-Retry-Num`) is acknowledged and dropped, so
 * it never makes a second reply or message. Modal submissions are not
 * dropped here: saving is idempotent and Slack needs their real answer
 * (errors, or close), so they are handled again and only their
 * confirmation is deduplicated. The trigger ids are shared between instances
 * on Redis, so a retry that lands on another instance is dropped there too.
 */
export function register(app: App, rt: SlackRuntime): void {
  const dropRepeats: Middleware<AnyMiddlewareArgs> = async (args) => {
    const body = args.body as { type?: string; command?: unknown; trigger_id?: unknown };
    const repeatable = body.type === 'block_actions' || typeof body.command === 'string';
    if (repeatable && typeof body.trigger_id === 'string' && !(await rt.triggers.claim(body.trigger_id))) {
      rt.log.info({ retry: args.context.retryNum ?? null }, 'slack request repeated; dropped');
      await (args as { ack?: () => Promise<void> }).ack?.();
      return;
    }
    await args.next();
  };
  app.use(dropRepeats);
}
