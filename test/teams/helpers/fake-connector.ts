import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One call the bot made to the Bot Connector. */
export interface ConnectorCall {
  method: string;
  path: string;
  /** The conversation id from the path, decoded. */
  conversationId?: string;
  /** The activity id from the path (a reply's or an update's target). */
  activityId?: string;
  body: Record<string, unknown>;
  status: number;
  /** The Authorization header the bot sent, if any (a real connector needs its token). */
  authorization?: string;
}

interface FailureRule {
  match: (call: Omit<ConnectorCall, 'status'>) => boolean;
  status: number;
  headers: Record<string, string>;
  body?: unknown;
  times: number;
}

/** Teams refuses a bot's activity over about 28 KB with 413 MessageSizeTooBig. */
export const MAX_ACTIVITY_BYTES = 28 * 1024;

async function readBody(req: IncomingMessage): Promise<{ body: Record<string, unknown>; bytes: number }> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const raw = Buffer.concat(chunks);
  const text = raw.toString('utf8');
  return { body: text ? (JSON.parse(text) as Record<string, unknown>) : {}, bytes: raw.length };
}

/**
 * A stand-in for Microsoft's Bot Connector on loopback: the bot reaches it
 * through the activity's serviceUrl, as it would reach Teams. It records
 * every call and answers like the connector (ids for sent activities, a
 * conversation id for a new 1:1 chat), or with a programmed failure. Like
 * Teams, it refuses an activity over MAX_ACTIVITY_BYTES (413), so every test
 * checks the size of what the bot sends.
 */
export class FakeConnector {
  readonly calls: ConnectorCall[] = [];
  private readonly rules: FailureRule[] = [];
  private readonly holds: { match: FailureRule['match']; times: number; gate: Promise<void>; onSent: () => void }[] = [];
  private seq = 0;
  /** Each team's channels, as `GET /v3/teams/{teamId}/conversations` lists them (TeamsInfo.getTeamChannels). */
  readonly teamChannels = new Map<string, { id: string; name?: string }[]>();

  private constructor(private readonly server: Server) {}

  static async start(): Promise<FakeConnector> {
    let connector: FakeConnector | undefined;
    const server = createServer((req, res) => {
      void connector?.handle(req).then(
        ({ status, headers, body }) => res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body)),
        (e) => res.writeHead(500).end(String(e)),
      );
    });
    connector = new FakeConnector(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return connector;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  /** The next `times` calls that match get `status` (with headers, e.g. Retry-After). */
  fail(match: FailureRule['match'], status: number, times = 1, headers: Record<string, string> = {}, body?: unknown): void {
    this.rules.push({ match, status, times, headers, body });
  }

  /** Forgets the failures still programmed: the connector answers normally again. */
  clearFailures(): void {
    this.rules.length = 0;
  }

  /**
   * The next `times` matching calls are recorded and carried out at once but
   * answered only when the test says so: a connector that hangs, although the
   * activity arrived, whatever the clock says. `answered()` tells whether the
   * held answers went out.
   */
  hold(match: FailureRule['match'], times = 1): { release: () => void; answered: () => boolean } {
    let open!: () => void;
    const gate = new Promise<void>((r) => {
      open = r;
    });
    let sent = false;
    this.holds.push({ match, times, gate, onSent: () => (sent = true) });
    return { release: () => open(), answered: () => sent };
  }

  private async handle(req: IncomingMessage): Promise<{ status: number; headers: Record<string, string>; body: unknown }> {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const { body, bytes } = await readBody(req);
    const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
    // v3 / conversations / {id} / activities / {activityId}
    const call = { method: req.method ?? '', path, conversationId: parts[2], activityId: parts[4], body, authorization: req.headers.authorization };
    if (path.includes('/activities') && bytes > MAX_ACTIVITY_BYTES) {
      this.calls.push({ ...call, status: 413 });
      return { status: 413, headers: {}, body: { error: { code: 'MessageSizeTooBig', message: 'Message size too big' } } };
    }
    const rule = this.rules.find((r) => r.times > 0 && r.match(call));
    if (rule) {
      rule.times--;
      this.calls.push({ ...call, status: rule.status });
      return { status: rule.status, headers: rule.headers, body: rule.body ?? { error: { code: 'Throttled', message: 'try later' } } };
    }
    this.calls.push({ ...call, status: 200 });
    const hold = this.holds.find((d) => d.times > 0 && d.match(call));
    if (hold) {
      hold.times--;
      await hold.gate;
      hold.onSent();
    }
    if (parts[1] === 'teams' && parts[3] === 'conversations' && req.method === 'GET') {
      const conversations = this.teamChannels.get(parts[2] ?? '');
      if (!conversations) return { status: 404, headers: {}, body: { error: { code: 'NotFound', message: 'no such team' } } };
      return { status: 200, headers: {}, body: { conversations } };
    }
    if (parts.length === 2 && req.method === 'POST') {
      const members = (body.members as { id: string }[] | undefined) ?? [];
      return { status: 201, headers: {}, body: { id: `a:personal-${members[0]?.id ?? 'nobody'}`, activityId: '' } };
    }
    return { status: 200, headers: {}, body: { id: `act-${++this.seq}` } };
  }

  /** Activities sent (posted, replied or updated) into one conversation, successful ones only. */
  activities(conversationId?: string): ConnectorCall[] {
    return this.calls.filter(
      (c) => c.status < 300 && c.path.includes('/activities') && (conversationId === undefined || c.conversationId === conversationId),
    );
  }

  /** Waits until `predicate` holds for the recorded calls. */
  async waitFor(predicate: (calls: ConnectorCall[]) => boolean, timeoutMs = 10_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (!predicate(this.calls)) {
      if (Date.now() > until) throw new Error(`connector: condition not met; calls: ${this.calls.map((c) => `${c.method} ${c.path} ${c.status}`).join(', ')}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }
}

/** The Adaptive Card an activity carries, if any. */
export function cardOf(activity: Record<string, unknown>): Record<string, unknown> | undefined {
  const attachments = activity.attachments as { contentType?: string; content?: Record<string, unknown> }[] | undefined;
  return attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
}

/** Every text a card shows (text blocks, facts, labels, button titles), zero-width spaces removed, for assertions. */
export function cardText(card: unknown): string {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (typeof v === 'string' && ['text', 'title', 'value', 'label'].includes(k)) out.push(v);
        else walk(v);
      }
    }
  };
  walk(card);
  return out.join('\n').replace(/\u200b/g, '');
}
