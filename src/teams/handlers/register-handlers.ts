import type { Application } from '@microsoft/teams-ai';
import type { TeamsDeps } from '../teams-deps';
import { registerAnswer } from './answer';
import { registerBeforeTurn } from './before-turn';
import { registerChannelEvents } from './channel-events';
import { registerHelp } from './help';
import { registerInstall } from './install';
import { registerLink } from './link';
import { registerMyDataActions } from './my-data-actions';
import { registerMyReplies } from './my-replies';
import { registerOpenForm } from './open-form';
import { registerStatus } from './status';
import { registerSubmitForm } from './submit-form';
import { registerSummary } from './summary';
import { registerUnknown } from './unknown';

/** Every Teams route, in the order teams-ai tries them: card actions and commands first, the catch-all last. */
export function registerHandlers(app: Application, deps: TeamsDeps): void {
  registerBeforeTurn(app, deps);
  registerInstall(app, deps);
  registerChannelEvents(app, deps);
  registerOpenForm(app, deps);
  registerSubmitForm(app, deps);
  registerMyDataActions(app, deps);
  registerLink(app, deps);
  registerStatus(app, deps);
  registerAnswer(app, deps);
  registerHelp(app, deps);
  registerMyReplies(app, deps);
  registerSummary(app, deps);
  registerUnknown(app, deps);
}
