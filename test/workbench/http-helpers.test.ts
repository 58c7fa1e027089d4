import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { BodyTooLarge, COOKIE, cookieOf, html, isHttps, readJson, sessionCookie } from '../../src/workbench/http-helpers';

/** A request as the handlers read it: headers, and a body as a real stream. */
const request = (headers: Record<string, string>, body: string[] = []) =>
  Object.assign(Readable.from(body.map((b) => Buffer.from(b))), { headers }) as unknown as IncomingMessage;

describe('cookies', () => {
  it('reads one cookie by name among others, keeping an = in its value', () => {
    const req = request({ cookie: 'theme=dark; lnb_workbench=abc=def; other=1' });
    expect(cookieOf(req, COOKIE)).toBe('abc=def');
    expect(cookieOf(req, 'missing')).toBeUndefined();
    expect(cookieOf(request({}), COOKIE)).toBeUndefined();
  });

  it('writes the session cookie for the workbench only, HttpOnly and strict, Secure over HTTPS', () => {
    expect(sessionCookie('t', 600, false)).toBe('lnb_workbench=t; Path=/workbench; HttpOnly; SameSite=Strict; Max-Age=600');
    expect(sessionCookie('t', 600, true)).toMatch(/; Secure$/);
  });

  it('takes HTTPS from a public https address or a proxy that says so', () => {
    expect(isHttps(request({}), 'https://lnb.example')).toBe(true);
    expect(isHttps(request({ 'x-forwarded-proto': 'https' }), undefined)).toBe(true);
    expect(isHttps(request({}), 'http://localhost:3000')).toBe(false);
  });
});

describe('readJson', () => {
  it('parses a body that comes in pieces, and gives undefined for one that is not JSON', async () => {
    await expect(readJson(request({}, ['{"text":"Hej', ' då"}']))).resolves.toEqual({ text: 'Hej då' });
    await expect(readJson(request({}, ['not json']))).resolves.toBeUndefined();
    await expect(readJson(request({}, []))).resolves.toBeNull();
  });

  it('refuses a body over the limit', async () => {
    await expect(readJson(request({}, ['{"a":"', 'x'.repeat(100), '"}']), 50)).rejects.toBeInstanceOf(BodyTooLarge);
  });
});

describe('html', () => {
  it('escapes the five characters that could open markup', () => {
    expect(html(`<b title="x">Tom & 'Jerry'</b>`)).toBe('&lt;b title=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/b&gt;');
  });
});
