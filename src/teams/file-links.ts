import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Clock } from '../clock';
import type { RouteHandler } from '../http/http-server';
import type { Locale } from '../i18n/translate';
import { translate } from '../i18n/translate';

/** A day, as the issue asks: long enough to open the link tomorrow morning, short enough not to linger. */
export const FILE_LINK_TTL_MS = 24 * 60 * 60 * 1000;

interface StoredFile {
  body: Buffer;
  fileName: string;
  expiresAt: number;
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Download links for compilations. A bot cannot attach a file in a Teams
 * channel, so the Word file is served from the bot's own server under
 * `/files/<token>`. The token is a random id (128 bits, so it cannot be
 * guessed), an expiry and an HMAC over both, with a secret made fresh for
 * each process: the files live in memory, so a link could not outlive the
 * process anyway, and no configured credential is reused for it. A token
 * names one file; a changed byte, another id or a passed expiry gets
 * nothing. At most `maxFiles` are kept; the oldest go first.
 */
export class FileLinks {
  private readonly files = new Map<string, StoredFile>();
  private readonly secret = randomBytes(32);

  constructor(
    private readonly clock: Clock,
    private readonly baseUrl: () => string,
    private readonly locale: Locale,
    private readonly ttlMs = FILE_LINK_TTL_MS,
    private readonly maxFiles = 50,
  ) {}

  private sign(payload: string): string {
    return createHmac('sha256', this.secret).update(payload).digest('base64url');
  }

  /** Keeps a file and returns its link. */
  add(body: Buffer, fileName: string): { url: string; expiresAt: Date } {
    const now = this.clock.now().getTime();
    this.prune(now);
    const id = randomBytes(16).toString('base64url');
    const expiresAt = now + this.ttlMs;
    this.files.set(id, { body, fileName, expiresAt });
    while (this.files.size > this.maxFiles) {
      const oldest = this.files.keys().next().value;
      if (oldest === undefined) break;
      this.files.delete(oldest);
    }
    const payload = `${id}.${expiresAt.toString(36)}`;
    return { url: `${this.baseUrl().replace(/\/+$/, '')}/files/${payload}.${this.sign(payload)}`, expiresAt: new Date(expiresAt) };
  }

  /** The file a token names, if the token is genuine and unexpired. */
  resolve(token: string): StoredFile | 'expired' | undefined {
    const [id, exp, sig, ...rest] = token.split('.');
    if (!id || !exp || !sig || rest.length > 0) return undefined;
    const expected = Buffer.from(this.sign(`${id}.${exp}`));
    const given = Buffer.from(sig);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    const expiresAt = Number.parseInt(exp, 36);
    if (!(expiresAt > this.clock.now().getTime())) return 'expired';
    const file = this.files.get(id);
    return file && file.expiresAt === expiresAt ? file : undefined;
  }

  private prune(now: number): void {
    for (const [id, file] of this.files) if (file.expiresAt <= now) this.files.delete(id);
  }

  /** GET /files/<token>. */
  route(): RouteHandler {
    return (req, res) => {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      // A malformed escape (`%E0%A4%A`) is a token we never made, not a server error.
      const token = safeDecode(path.slice('/files/'.length));
      const found = token === undefined ? undefined : this.resolve(token);
      const headers = { 'cache-control': 'private, no-store', 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' };
      if (found === undefined || found === 'expired') {
        // Only a genuinely signed link can learn it expired (410), so a guesser learns nothing;
        // either way the person is told to ask for a new one.
        res
          .writeHead(found === 'expired' ? 410 : 404, { ...headers, 'content-type': 'text/plain; charset=utf-8' })
          .end(translate(this.locale, 'teams.files.gone'));
        return;
      }
      const ascii = found.fileName.replace(/[^\w.-]/g, '_');
      res
        .writeHead(200, {
          ...headers,
          'content-type': DOCX,
          'content-length': String(found.body.length),
          'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(found.fileName)}`,
        })
        .end(found.body);
    };
  }
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
