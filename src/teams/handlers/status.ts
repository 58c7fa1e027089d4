import type { Application } from '@microsoft/teams-ai';
import { localeFor } from '../../core/bot-context';
import { accessOf } from '../../core/person';
import { statusMessage } from '../../core/status-message';
import { commandSelector } from '../command-selector';
import { personOf } from '../person-of';
import { teamsUnreachable } from '../reachability';
import { replyMessage } from '../reply';
import type { TeamsDeps } from '../teams-deps';

/**
 * `status`: the rules' status, with what Teams adds for those who run
 * networks: which ones the bot cannot reach, and where to install the app.
 */
export function registerStatus(app: Application, deps: TeamsDeps): void {
  app.message(commandSelector('status'), async (turn) => {
    const person = personOf(turn.activity);
    if (!person) return;
    const locale = localeFor(deps.ctx.program, person);
    const access = accessOf(deps.ctx.program, person);
    const unreachable = access.coordinator || access.leads.length > 0 ? await teamsUnreachable(deps, locale) : new Map<string, string>();
    await replyMessage(turn, await statusMessage(deps.ctx, person, locale, unreachable));
  });
}
