import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Clock } from '../clock';
import { asCodedError } from '../errors';
import type { RouteHandler } from '../http/http-server';
import type { Locale } from '../i18n/translate';
import { translate } from '../i18n/translate';
import type { Logger } from '../logger';
import type { FileRepository } from '../store/file-repository';

/** A day, as the issue asks: long enough to open the link tomorrow morning, short enough not to linger. */
export const FILE_LINK_TTL_MS = 24 * 60 * 60 * 1000;

export interface FileLink {
  url: string;
  expiresAt: Date;
}

export interface ServedFile {
  body: Buffer;
  fileName: string;
}

export interface FileLinksOptions {
  files: FileRepository;
  clock: Clock;
  /** The bot's public address; read when a link is made, since the port is known only after listening. */
  baseUrl: () => string;
  /** The language of the page a dead link shows. */
  locale: Locale;
  log?: Logger;
  ttlMs?: number;
  maxFiles?: number;
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

// The shapes add() makes: a 128-bit id, an expiry in base 36, a SHA-256 HMAC, all base64url.
// Anything else is refused before the store is asked.
const TOKEN = /^([A-Za-z0-9_-]{22})\.([0-9a-z]{1,11})\.([A-Za-z0-9_-]{43})$/;

/**
 * Download links for compilations. A bot cannot attach a file in a Teams
 * channel, so the Word file is served from the bot's own server under
 * `/files/<token>`. The token is a random id (128 bits, so it cannot be
 * guessed), an expiry and an HMAC over both. A token names one file; a
 * changed byte, another id or a passed expiry gets nothing.
 *
 * The files are in the store, so a link made by one instance works through
 * any other on the same store, and after a restart, until it expires. The
 * signing secret must then be the same for all of them: it is 32 random
 * bytes stored once in the store (set-if-absent, see FileRepository), not
 * derived from MicrosoftAppPassword: the local trial has no password, a
 * rotated password would void every link, and a credential is best kept to
 * its one use. Keeping the secret beside the files gives nothing away:
 * whoever can read the store can read the files themselves. It is read from
 * the store on each use, never cached, so every instance always signs and
 * checks with the stored one, and it is never logged. At most `maxFiles`
 * are kept; the oldest go first.
 */
export class FileLinks {
  private readonly files: FileRepository;
  private readonly clock: Clock;
  private readonly ttlMs: number;
  private readonly maxFiles: number;

  constructor(private readonly options: FileLinksOptions) {
    this.files = options.files;
    this.clock = options.clock;
    this.ttlMs = options.ttlMs ?? FILE_LINK_TTL_MS;
    this.maxFiles = options.maxFiles ?? 50;
  }

  private static sign(secret: string, payload: string): string {
    return createHmac('sha256', Buffer.from(secret, 'base64url')).update(payload).digest('base64url');
  }

  /** Stores a file and returns its link. */
  async add(body: Buffer, fileName: string): Promise<FileLink> {
    const now = this.clock.now();
    const secret = await this.files.ensureSigningSecret(() => randomBytes(32).toString('base64url'));
    // Room for the new one among the newest; expired files go too.
    await this.files.sweep(now, this.maxFiles - 1);
    const id = randomBytes(16).toString('base64url');
    const expiresAt = now.getTime() + this.ttlMs;
    await this.files.set({ id, fileName, docx: body.toString('base64'), expiresAt }, now);
    const payload = `${id}.${expiresAt.toString(36)}`;
    return {
      url: `${this.options.baseUrl().replace(/\/+$/, '')}/files/${payload}.${FileLinks.sign(secret, payload)}`,
      expiresAt: new Date(expiresAt),
    };
  }

  /** The file a token names, if the token is genuine and unexpired. */
  async resolve(token: string): Promise<ServedFile | 'expired' | undefined> {
    const [, id, exp, sig] = TOKEN.exec(token) ?? [];
    if (!id || !exp || !sig) return undefined;
    const secret = await this.files.signingSecret();
    // No secret yet: no link was ever made on this store.
    if (!secret) return undefined;
    const expected = Buffer.from(FileLinks.sign(secret, `${id}.${exp}`));
    const given = Buffer.from(sig);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    const expiresAt = Number.parseInt(exp, 36);
    const now = this.clock.now();
    if (!(expiresAt > now.getTime())) {
      // A genuine link that expired: its file goes now rather than at the next sweep.
      await this.files.delete(id).catch(() => undefined);
      return 'expired';
    }
    const file = await this.files.get(id, now);
    return file && file.expiresAt === expiresAt ? { body: Buffer.from(file.docx, 'base64'), fileName: file.fileName } : undefined;
  }

  /** GET /files/<token>. */
  route(): RouteHandler {
    return async (req, res) => {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      const headers = { 'cache-control': 'private, no-store', 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' };
      // A malformed escape (`%E0%A4%A`) is a token we never made, not a server error.
      const token = safeDecode(path.slice('/files/'.length));
      let found: ServedFile | 'expired' | undefined;
      try {
        found = token === undefined ? undefined : await this.resolve(token);
      } catch (e) {
        // The store is away: the link may well be good, so say "later", not "gone".
        this.options.log?.error({ err: asCodedError(e).message }, 'compilation download failed: store unavailable');
        res
          .writeHead(503, { ...headers, 'retry-after': '30', 'content-type': 'text/plain; charset=utf-8' })
          .end(translate(this.options.locale, 'teams.files.unavailable'));
        return;
      }
      if (found === undefined || found === 'expired') {
        // Only a genuinely signed link can learn it expired (410), so a guesser learns nothing;
        // either way the person is told to ask for a new one.
        res
          .writeHead(found === 'expired' ? 410 : 404, { ...headers, 'content-type': 'text/plain; charset=utf-8' })
          .end(translate(this.options.locale, 'teams.files.gone'));
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
