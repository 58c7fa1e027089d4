import type { App } from '@slack/bolt';
import type { SlackRuntime } from '../slack-runtime';
import * as deleteMyData from './actions/delete-my-data';
import * as formButton from './actions/form-button';
import * as commands from './commands/register-commands';
import * as dropRepeats from './middleware/drop-repeats';
import * as formSubmission from './views/form-submission';

/** Every listener of the Slack app; the middleware first, so repeats never reach a handler. */
export function registerListeners(app: App, rt: SlackRuntime): void {
  dropRepeats.register(app, rt);
  commands.register(app, rt);
  formButton.register(app, rt);
  deleteMyData.register(app, rt);
  formSubmission.register(app, rt);
  app.error(async (error) => {
    // Bolt's own message only; the payload (which may hold reply text) is not logged.
    rt.log.error({ err: error.message, code: (error as { code?: string }).code }, 'slack listener failed');
  });
}
