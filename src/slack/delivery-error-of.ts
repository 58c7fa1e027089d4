import { asCodedError, DeliveryError } from '../errors';

/**
 * Slack errors that no retry will cure until someone acts: the bot is not in
 * the channel, the channel is gone or archived, the workspace took the app
 * away. Everything else (network trouble, a server error) may pass later.
 */
const UNREACHABLE = new Set([
  'not_in_channel',
  'channel_not_found',
  'is_archived',
  'team_access_not_granted',
  'user_not_found',
  'user_disabled',
  'cannot_dm_bot',
  'restricted_action',
]);

/** The Web API client's code for an answer with `ok: false`. */
const PLATFORM_ERROR = 'slack_webapi_platform_error';

interface WebApiErrorLike {
  code?: string;
  data?: { error?: string };
  message?: string;
}

/** The DeliveryError for whatever the Web API client threw; the platform's error code is kept. */
export function deliveryErrorOf(e: unknown): DeliveryError {
  if (e instanceof DeliveryError) return e;
  const err = (typeof e === 'object' && e !== null ? e : {}) as WebApiErrorLike;
  if (err.code === PLATFORM_ERROR && err.data?.error) {
    const code = err.data.error;
    return new DeliveryError(UNREACHABLE.has(code) ? 'unreachable' : 'failed', code);
  }
  return new DeliveryError('failed', err.code ?? asCodedError(e).message);
}
