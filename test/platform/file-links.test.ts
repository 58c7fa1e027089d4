import { join } from 'node:path';
import { HttpServer } from '../../src/http/http-server';
import { createLogger } from '../../src/logger';
import { FILE_LINK_TTL_MS, FileLinks } from '../../src/platform/file-links';
import { openStore, type Store } from '../../src/store/open-store';
import { capturedLog } from '../helpers/captured-log';
import { FakeClock } from '../helpers/fake-clock';
import { tempDir } from '../helpers/temp-dir';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const T0 = '2026-11-23T10:00:00Z';

let dir: ReturnType<typeof tempDir>;
let clock: FakeClock;
let store: Store;
beforeEach(async () => {
  dir = tempDir();
  clock = new FakeClock(T0);
  store = await openStore(`sqlite://${join(dir.path, 'files.sqlite')}`, dir.path, clock);
});
afterEach(async () => {
  await store.close();
  dir.remove();
});

const links = (opts: { ttlMs?: number; maxFiles?: number; base?: string; locale?: 'sv' | 'en' } = {}) =>
  new FileLinks({ files: store.files, clock, baseUrl: () => opts.base ?? 'https://bot.example/', locale: opts.locale ?? 'sv', ttlMs: opts.ttlMs, maxFiles: opts.maxFiles });

const tokenOf = (url: string) => new URL(url).pathname.slice('/files/'.length);

describe('FileLinks.add and resolve', () => {
  it('makes a link under the base (one slash) that gives the same file back until it expires in a day', async () => {
    const files = links({ base: 'https://bot.example///' });
    const body = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00]);
    const link = await files.add(body, 'Sammanställning 🌱.docx');
    expect(link.url).toMatch(/^https:\/\/bot\.example\/files\/[A-Za-z0-9_-]{22}\.[0-9a-z]+\.[A-Za-z0-9_-]{43}$/);
    expect(link.expiresAt.getTime()).toBe(new Date(T0).getTime() + FILE_LINK_TTL_MS);
    expect(FILE_LINK_TTL_MS).toBe(24 * 60 * 60 * 1000);
    const found = await files.resolve(tokenOf(link.url));
    expect(found).toEqual({ body, fileName: 'Sammanställning 🌱.docx' });
    clock.advance(FILE_LINK_TTL_MS - 1);
    expect(await files.resolve(tokenOf(link.url))).toEqual({ body, fileName: 'Sammanställning 🌱.docx' });
    clock.advance(1);
    expect(await files.resolve(tokenOf(link.url))).toBe('expired');
    // The expired file is gone from the store at once.
    const [id] = tokenOf(link.url).split('.');
    expect(await store.files.get(id ?? '', new Date(T0))).toBeUndefined();
  });

  it('gives every link its own id, and a token one byte changed names nothing', async () => {
    const files = links();
    const a = tokenOf((await files.add(Buffer.from('a'), 'a.docx')).url);
    const b = tokenOf((await files.add(Buffer.from('b'), 'b.docx')).url);
    expect(a).not.toBe(b);
    const [idA, expA, sigA] = a.split('.') as [string, string, string];
    const [idB, , sigB] = b.split('.') as [string, string, string];
    const flip = (s: string) => (s[0] === 'A' ? 'B' : 'A') + s.slice(1);
    for (const forged of [
      `${flip(idA)}.${expA}.${sigA}`,
      `${idA}.${(Number.parseInt(expA, 36) + 1000).toString(36)}.${sigA}`,
      `${idA}.${expA}.${flip(sigA)}`,
      `${idA}.${expA}.${sigB}`,
      `${idB}.${expA}.${sigA}`,
      `${a}.`,
      `${a}x`,
      '',
      '..',
      'x'.repeat(10_000),
      `${idA}.${expA}.${sigA.slice(0, -1)}😀`,
    ]) {
      expect(await files.resolve(forged)).toBeUndefined();
    }
    expect((await files.resolve(a)) as { body: Buffer }).toMatchObject({ body: Buffer.from('a') });
  });

  it('finds nothing on a store where no link was ever made', async () => {
    const made = await new FileLinks({ files: store.files, clock, baseUrl: () => 'http://x', locale: 'sv' }).add(Buffer.from('x'), 'x.docx');
    const other = tempDir();
    const empty = await openStore(`sqlite://${join(other.path, 'empty.sqlite')}`, other.path, clock);
    try {
      const elsewhere = new FileLinks({ files: empty.files, clock, baseUrl: () => 'http://x', locale: 'sv' });
      expect(await elsewhere.resolve(tokenOf(made.url))).toBeUndefined();
      expect(await empty.files.signingSecret()).toBeUndefined();
    } finally {
      await empty.close();
      other.remove();
    }
  });

  it('signs with the secret in the store, so a second FileLinks on it (another instance) resolves the link', async () => {
    const link = await links().add(Buffer.from('shared'), 's.docx');
    expect(await links().resolve(tokenOf(link.url))).toMatchObject({ fileName: 's.docx' });
  });

  it('keeps at most maxFiles, the oldest going first', async () => {
    const files = links({ maxFiles: 2 });
    const made: string[] = [];
    for (const name of ['1.docx', '2.docx', '3.docx']) {
      made.push(tokenOf((await files.add(Buffer.from(name), name)).url));
      clock.advance(1000);
    }
    expect(await files.resolve(made[0] ?? '')).toBeUndefined();
    expect(await files.resolve(made[1] ?? '')).toMatchObject({ fileName: '2.docx' });
    expect(await files.resolve(made[2] ?? '')).toMatchObject({ fileName: '3.docx' });
  });
});

describe('FileLinks.route (GET /files/<token>)', () => {
  let http: HttpServer;
  const serve = async (files: FileLinks) => {
    http = new HttpServer(createLogger('silent'));
    http.route('GET', '/files/*', files.route());
    await http.listen(0, '127.0.0.1');
    return (path: string) => fetch(`http://127.0.0.1:${http.port}${path}`);
  };
  afterEach(async () => {
    await http.close();
  });

  it('serves the Word file as an attachment, its name safe in ASCII and whole in UTF-8, never cached', async () => {
    const files = links();
    const get = await serve(files);
    const body = Buffer.from('PK docx bytes');
    const link = await files.add(body, 'Träff 1 "alla" 🌱.docx');
    const res = await get(new URL(link.url).pathname);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(DOCX);
    expect(res.headers.get('content-length')).toBe(String(body.length));
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    const disposition = res.headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(/^attachment; filename="Tr_ff_1__alla___+\.docx"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1] ?? '')).toBe('Träff 1 "alla" 🌱.docx');
    expect(Buffer.from(await res.arrayBuffer())).toEqual(body);
  });

  it('answers 404 to a forged or malformed token and 410 to a genuine expired one, telling the person to ask again', async () => {
    const files = links({ locale: 'en' });
    const get = await serve(files);
    const link = await files.add(Buffer.from('x'), 'x.docx');
    const forged = await get('/files/AAAAAAAAAAAAAAAAAAAAAA.zzz.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    expect(forged.status).toBe(404);
    expect(forged.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await forged.text()).toMatch(/expired or is wrong/);
    // A broken percent escape is a token never made, not a server error.
    expect((await get('/files/%E0%A4%A')).status).toBe(404);
    clock.advance(FILE_LINK_TTL_MS);
    const expired = await get(new URL(link.url).pathname);
    expect(expired.status).toBe(410);
    expect(await expired.text()).toMatch(/Ask the bot for a new compilation/);
  });

  it('answers 503 with Retry-After while the store cannot be read, and logs no token', async () => {
    const { log, lines } = capturedLog('error');
    const files = new FileLinks({ files: store.files, clock, baseUrl: () => 'http://x', locale: 'sv', log });
    const link = await files.add(Buffer.from('x'), 'x.docx');
    const get = await serve(files);
    await store.close();
    const res = await get(new URL(link.url).pathname);
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('30');
    expect(await res.text()).toMatch(/går inte att hämta just nu/);
    expect(lines.map((l) => l.msg)).toEqual(['compilation download failed: store unavailable']);
    expect(JSON.stringify(lines)).not.toContain(tokenOf(link.url).split('.')[2]);
    // afterEach closes it again: a second close must be harmless, so reopen a fresh one to close.
    store = await openStore(`sqlite://${join(dir.path, 'files.sqlite')}`, dir.path, clock);
  });
});
