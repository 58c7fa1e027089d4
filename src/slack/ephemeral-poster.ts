import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { webApi } from '@slack/bolt';

/** Slack's Web API base when SLACK_API_URL is not set. */
const SLACK_API = 'https://slack.com/api/';

export interface EphemeralArgs {
  channel: string;
  user: string;
  text: string;
}

/** The call went out but Slack did not answer within the time limit: the message may well be there. */
export class EphemeralTimeoutError extends Error {
  override readonly name = 'TimeoutError';
  constructor(ms: number) {
    super(`chat.postEphemeral: no answer within ${ms} ms`);
  }
}

/** Slack answered `{ ok: false, error }`: refused (not in the channel, an unknown user…). */
export class EphemeralRefusedError extends Error {
  constructor(readonly error: string) {
    super(`chat.postEphemeral: ${error}`);
  }
}

type Answer = { status: number; retryAfter: number | undefined; body: string };

/**
 * `chat.postEphemeral` (a form's confirmation, one per submission) on
 * node:http(s) with a keep-alive agent, instead of through the Web API
 * client, whose queue, retry wrapper and fetch cost the server more than the
 * rest of a submission's background work. Only the plain case is handled
 * here, one request answered 200: Slack's answer is taken as it is (a
 * refusal throws EphemeralRefusedError, no answer within `timeoutMs`
 * EphemeralTimeoutError, and neither is tried again). Anything else (a rate
 * limit, after waiting its Retry-After; a server error; a connection that
 * failed) is handed to the Web API `client`, whose retry policy then
 * applies as before.
 */
export class EphemeralPoster {
  private readonly agent: HttpAgent;
  private readonly send: typeof httpRequest;
  /** Where and how every call goes, worked out once (a URL would be taken apart again on each request). */
  private readonly target: { protocol: string; hostname: string; port: string; path: string };
  private readonly headers: Record<string, string>;
  private readonly timeoutMs: number;

  constructor(
    private readonly client: webApi.WebClient,
    token: string,
    opts: { apiUrl?: string; timeoutMs: number },
    private readonly wait: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {
    this.timeoutMs = opts.timeoutMs;
    const url = new URL('chat.postEphemeral', opts.apiUrl ?? SLACK_API);
    const https = url.protocol === 'https:';
    this.agent = https ? new HttpsAgent({ keepAlive: true }) : new HttpAgent({ keepAlive: true });
    this.send = https ? httpsRequest : httpRequest;
    const { protocol, hostname, port, pathname, search } = url;
    this.target = { protocol, hostname: hostname.replace(/^\[|\]$/g, ''), port, path: `${pathname}${search}` };
    this.headers = {
      authorization: `Bearer ${token}`,
      accept: 'application/json',
      'content-type': 'application/x-www-form-urlencoded',
    };
  }

  async post(args: EphemeralArgs): Promise<void> {
    let answer: Answer;
    try {
      answer = await this.request(new URLSearchParams({ channel: args.channel, user: args.user, text: args.text }).toString());
    } catch (e) {
      if (e instanceof EphemeralTimeoutError) throw e;
      // The connection failed (a kept one Slack had closed, say): the client's retries decide.
      return this.byClient(args);
    }
    if (answer.status === 200) {
      let body: { ok?: unknown; error?: unknown };
      try {
        body = JSON.parse(answer.body) as typeof body;
      } catch {
        return this.byClient(args);
      }
      if (body.ok === true) return;
      throw new EphemeralRefusedError(typeof body.error === 'string' ? body.error : 'unknown_error');
    }
    // Rate limited: Slack did nothing; it is asked again once it says it may be.
    if (answer.status === 429 && answer.retryAfter !== undefined) await this.wait(answer.retryAfter * 1000);
    return this.byClient(args);
  }

  private async byClient(args: EphemeralArgs): Promise<void> {
    await this.client.chat.postEphemeral(args);
  }

  private request(body: string): Promise<Answer> {
    return new Promise<Answer>((resolve, reject) => {
      let timedOut = false;
      // Once the time is up, whatever else goes wrong is that: the call may have been carried out.
      const fail = (e: unknown) => {
        clearTimeout(timer);
        reject(timedOut ? new EphemeralTimeoutError(this.timeoutMs) : e);
      };
      const req = this.send({ ...this.target, method: 'POST', agent: this.agent, headers: { ...this.headers, 'content-length': Buffer.byteLength(body) } });
      const timer = setTimeout(() => {
        timedOut = true;
        req.destroy(new EphemeralTimeoutError(this.timeoutMs));
      }, this.timeoutMs);
      req.once('error', fail);
      req.once('response', (res: IncomingMessage) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.once('error', fail);
        res.once('close', () => {
          if (!res.complete) fail(new Error('chat.postEphemeral: the answer was cut off'));
        });
        res.once('end', () => {
          clearTimeout(timer);
          const retryAfter = Number(res.headers['retry-after']);
          resolve({
            status: res.statusCode ?? 0,
            retryAfter: Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter : undefined,
            body: Buffer.concat(chunks).toString('utf8'),
          });
        });
      });
      req.end(body);
    });
  }

  /** Closes the kept connections. */
  close(): void {
    this.agent.destroy();
  }
}
