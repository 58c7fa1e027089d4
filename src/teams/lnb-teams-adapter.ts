import { TeamsAdapter } from '@microsoft/teams-ai';
import type { Activity, InvokeResponse, TurnContext } from 'botbuilder';

/**
 * teams-ai's adapter (a CloudAdapter), with the authenticate-and-run step
 * reachable without Express-style request objects. CloudAdapter.process
 * does the same but writes every refused request to console.error, which
 * lets anyone flood the log; here refusals go to our logger.
 */
export class LnbTeamsAdapter extends TeamsAdapter {
  handle(authHeader: string, activity: Activity, logic: (turn: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, activity, logic);
  }
}
