import type { Application } from '@microsoft/teams-ai';
import type { TeamsDeps } from '../teams-deps';
import { registerBeforeTurn } from './before-turn';
import { registerChannelEvents } from './channel-events';
import { registerCommands } from './commands';
import { registerInstall } from './install';
import { registerMyDataActions } from './my-data-actions';
import { registerOpenForm } from './open-form';
import { registerSubmitForm } from './submit-form';

/** Every Teams route, in the order teams-ai tries them: card actions first, then the typed commands (the command table). */
export function registerHandlers(app: Application, deps: TeamsDeps): void {
  registerBeforeTurn(app, deps);
  registerInstall(app, deps);
  registerChannelEvents(app, deps);
  registerOpenForm(app, deps);
  registerSubmitForm(app, deps);
  registerMyDataActions(app, deps);
  registerCommands(app, deps);
}
