import { TeamsAdapter } from '@microsoft/teams-ai';
import type { Activity, InvokeResponse, TurnContext } from 'botbuilder';
import { isTokenError, plausibleBearer } from './bearer-check';

/** What messages-route answers 401 to. */
export class Unauthorized extends Error {
  readonly statusCode = 401;
}

/**
 * teams-ai's adapter (a CloudAdapter), with the authenticate-and-run step
 * reachable without Express-style request objects. CloudAdapter.process
 * does the same but writes every refused request to console.error, which
 * lets anyone flood the log; here refusals go to our logger. A header that
 * cannot be a connector's token, or one jsonwebtoken refuses, is 401.
 */
export class LnbTeamsAdapter extends TeamsAdapter {
  async handle(authHeader: string, activity: Activity, logic: (turn: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    // An empty header is botbuilder's to judge: accepted only with authentication off (local mode).
    if (authHeader.trim() !== '' && !plausibleBearer(authHeader)) throw new Unauthorized('not a bearer token botbuilder accepts');
    try {
      return await this.processActivity(authHeader, activity, logic);
    } catch (e) {
      if (isTokenError(e)) throw new Unauthorized(e instanceof Error ? e.message : 'token refused');
      throw e;
    }
  }
}
