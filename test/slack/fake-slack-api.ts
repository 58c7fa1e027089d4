import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One call the fake received: a Web API method (or `upload`/`respond`) and its arguments, JSON fields parsed. */
export interface RecordedCall {
  method: string;
  args: Record<string, unknown>;
  status: number;
  at: number;
}

export interface PostedMessage {
  ts: string;
  channel: string;
  text: string;
  blocks: unknown[];
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
}

interface Rule {
  method: string;
  match: (args: Record<string, unknown>) => boolean;
  /** How many more calls it applies to; Infinity for always. */
  times: number;
  answer: { status: 429; retryAfter: number } | { status: 200; error: string } | { status: 500 | 502 | 503 };
}

interface Delay {
  method: string;
  ms: number;
  times: number;
}

/** Arguments the Web API client sends as JSON strings inside the form. */
const JSON_ARGS = new Set(['blocks', 'attachments', 'metadata', 'view', 'files']);

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function parseForm(body: string): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    args[key] = JSON_ARGS.has(key) ? JSON.parse(value) : value;
  }
  return args;
}

/**
 * Slack's Web API as a local HTTP server on loopback: it records every call
 * and answers in Slack's shapes, keeps posted messages per channel (with
 * their metadata, for conversations.history), implements the three steps
 * of files.uploadV2 with an upload URL pointing back at itself, serves
 * response_url posts, and can be told to answer 429 with Retry-After or a
 * Slack error for chosen calls. Only Slack's side is fake; the bot under
 * test talks to it through its real Web API client.
 */
export class FakeSlackApi {
  readonly calls: RecordedCall[] = [];
  readonly messages: PostedMessage[] = [];
  readonly uploads: { fileId: string; filename: string; bytes: Buffer }[] = [];
  readonly responses: { id: string; body: Record<string, unknown> }[] = [];
  /** User id → Slack locale, for users.info. */
  readonly locales = new Map<string, string>();
  private readonly rules: Rule[] = [];
  private readonly delays: Delay[] = [];
  private readonly holds: { method: string; times: number; gate: Promise<void>; onSent: () => void }[] = [];
  private readonly server: Server;
  private seq = 0;
  private base = '';

  constructor(readonly token = 'xoxb-test-token') {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((e: unknown) => {
        res.writeHead(500).end(String(e));
      });
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this.url;
  }

  /** The Web API base, for SLACK_API_URL. */
  get url(): string {
    return `${this.base}api/`;
  }

  /** A response_url for a payload; what is posted there is kept in `responses`. */
  responseUrl(id: string): string {
    return `${this.base}respond/${id}`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }

  /** The next `times` matching calls of `method` get HTTP 429 with `Retry-After: retryAfter`. */
  rateLimit(method: string, times: number, retryAfter = 1, match: Rule['match'] = () => true): void {
    this.rules.push({ method, match, times, answer: { status: 429, retryAfter } });
  }

  /** Matching calls of `method` get `{ok: false, error}` (every time unless `times` is given). */
  failWith(method: string, error: string, match: Rule['match'] = () => true, times = Number.POSITIVE_INFINITY): void {
    this.rules.push({ method, match, times, answer: { status: 200, error } });
  }

  /** The next `times` matching calls of `method` get an HTTP server error. */
  serverError(method: string, times: number, status: 500 | 502 | 503 = 500, match: Rule['match'] = () => true): void {
    this.rules.push({ method, match, times, answer: { status } });
  }

  /**
   * The next `times` calls of `method` are carried out at once but answered
   * only after `ms`: a slow Slack, or (with a long `ms`) one that times out.
   * A message posted this way is already in the channel when the answer comes.
   */
  delay(method: string, ms: number, times = Number.POSITIVE_INFINITY): void {
    this.delays.push({ method, ms, times });
  }

  /**
   * The next `times` calls of `method` are carried out at once but answered
   * only when the test says so: a Slack that has not answered yet, whatever
   * the clock says. `answered()` tells whether the held answers went out.
   */
  hold(method: string, times = 1): { release: () => void; answered: () => boolean } {
    let open!: () => void;
    const gate = new Promise<void>((r) => {
      open = r;
    });
    let sent = false;
    this.holds.push({ method, times, gate: gate.then(() => undefined), onSent: () => (sent = true) });
    return { release: () => open(), answered: () => sent };
  }

  /** Calls of one method that Slack accepted (not 429'd). */
  accepted(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method && c.status === 200);
  }

  private send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(JSON.stringify(body));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const raw = await readBody(req);
    if (path.startsWith('/upload/')) return this.upload(req, res, path.slice('/upload/'.length), raw);
    if (path.startsWith('/respond/')) {
      const body = JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
      this.calls.push({ method: 'respond', args: body, status: 200, at: Date.now() });
      this.responses.push({ id: path.slice('/respond/'.length), body });
      res.writeHead(200).end('ok');
      return;
    }
    const method = path.replace(/^\/api\//, '');
    const args = parseForm(raw.toString('utf8'));
    const rule = this.rules.find((r) => r.method === method && r.times > 0 && r.match(args));
    if (rule) {
      rule.times -= 1;
      if (rule.answer.status === 429) {
        this.calls.push({ method, args, status: 429, at: Date.now() });
        return this.send(res, 429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(rule.answer.retryAfter) });
      }
      if (rule.answer.status !== 200) {
        this.calls.push({ method, args, status: rule.answer.status, at: Date.now() });
        return this.send(res, rule.answer.status, { ok: false, error: 'internal_error' });
      }
      this.calls.push({ method, args, status: 200, at: Date.now() });
      return this.send(res, 200, { ok: false, error: rule.answer.error });
    }
    this.calls.push({ method, args, status: 200, at: Date.now() });
    if (req.headers.authorization !== `Bearer ${this.token}`) return this.send(res, 200, { ok: false, error: 'invalid_auth' });
    const answer = this.answer(method, args);
    const delay = this.delays.find((d) => d.method === method && d.times > 0);
    if (delay) {
      delay.times -= 1;
      await new Promise((r) => setTimeout(r, delay.ms));
      if (res.destroyed) return;
    }
    const hold = this.holds.find((h) => h.method === method && h.times > 0);
    if (hold) {
      hold.times -= 1;
      await hold.gate;
      hold.onSent();
      if (res.destroyed) return;
    }
    this.send(res, 200, answer);
  }

  private answer(method: string, args: Record<string, unknown>): Record<string, unknown> {
    const id = () => String(++this.seq).padStart(6, '0');
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://fake.slack.com/', team: 'Fake', user: 'lnb', team_id: 'T0TEAM', user_id: 'U0BOT', bot_id: 'B0BOT' };
      case 'chat.postMessage': {
        const message: PostedMessage = {
          ts: `1700000000.${id()}`,
          channel: String(args.channel),
          text: String(args.text ?? ''),
          blocks: (args.blocks as unknown[]) ?? [],
          metadata: args.metadata as PostedMessage['metadata'],
        };
        this.messages.push(message);
        return { ok: true, channel: message.channel, ts: message.ts, message: { type: 'message', text: message.text, ts: message.ts } };
      }
      case 'chat.postEphemeral':
        return { ok: true, message_ts: `1700000000.${id()}` };
      case 'conversations.history': {
        const withMetadata = args.include_all_metadata === 'true';
        const messages = this.messages
          .filter((m) => m.channel === args.channel)
          .reverse()
          .map((m) => ({ type: 'message', user: 'U0BOT', bot_id: 'B0BOT', text: m.text, ts: m.ts, ...(withMetadata && m.metadata ? { metadata: m.metadata } : {}) }));
        return { ok: true, messages, has_more: false, response_metadata: { next_cursor: '' } };
      }
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(args.users)}` } };
      case 'users.info': {
        const locale = this.locales.get(String(args.user));
        return { ok: true, user: { id: args.user, name: 'someone', ...(args.include_locale === 'true' && locale ? { locale } : {}) } };
      }
      case 'views.open':
        return { ok: true, view: { id: `V${id()}`, hash: `h${id()}`, ...(args.view as object) } };
      case 'views.update':
        return { ok: true, view: { id: String(args.view_id), hash: `h${id()}`, ...(args.view as object) } };
      case 'files.getUploadURLExternal': {
        const fileId = `F${id()}`;
        return { ok: true, upload_url: `${this.base}upload/${fileId}?filename=${encodeURIComponent(String(args.filename))}`, file_id: fileId };
      }
      case 'files.completeUploadExternal': {
        const files = (args.files as { id: string; title?: string }[]) ?? [];
        return { ok: true, files: files.map((f) => ({ id: f.id, title: f.title, name: this.uploads.find((u) => u.fileId === f.id)?.filename })) };
      }
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  private async upload(req: IncomingMessage, res: ServerResponse, fileAndQuery: string, raw: Buffer): Promise<void> {
    const fileId = fileAndQuery.split('?')[0] ?? '';
    const url = new URL(req.url ?? '/', 'http://x');
    const form = await new Response(raw, { headers: { 'content-type': String(req.headers['content-type']) } }).formData();
    const file = form.get('body') ?? form.get('file');
    const bytes = file instanceof Blob ? Buffer.from(await file.arrayBuffer()) : Buffer.from(String(file ?? ''));
    this.uploads.push({ fileId, filename: url.searchParams.get('filename') ?? '', bytes });
    this.calls.push({ method: 'upload', args: { fileId, size: bytes.length }, status: 200, at: Date.now() });
    res.writeHead(200, { 'content-type': 'text/plain' }).end(`OK - ${bytes.length}`);
  }
}
