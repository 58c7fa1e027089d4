import type { RunningBot } from '../../src/app/start-bot';
import { translate } from '../../src/i18n/translate';
import { mintToken, newLinkId } from '../../src/workbench/link-token';
import { FakeClock } from '../helpers/fake-clock';
import { tempDir } from '../helpers/temp-dir';
import { startLocalBot } from '../webchat/helpers/start-local-bot';

// The whole bot (local trial) and its compile worker: a first draft takes a few seconds on a loaded machine.
jest.setTimeout(60_000);

const dir = tempDir();
const clock = new FakeClock('2026-12-05T10:00:00Z');
let bot: RunningBot;
let base: string;
const sv = (key: string, vars?: Record<string, string | number>) => translate('sv', key, vars);

beforeAll(async () => {
  bot = await startLocalBot(dir.path, clock);
  base = `http://127.0.0.1:${bot.port}`;
});

afterAll(async () => {
  await bot?.stop();
  dir.remove();
});

const person = (userId: string) => ({ platform: 'local' as const, userId });

async function link(userId: string, network?: string): Promise<string | undefined> {
  const mint = bot.ctx.workbenchLink;
  if (!mint) throw new Error('the bot gave no workbench links');
  return mint(person(userId), { round: 1, ...(network ? { network } : {}) });
}

/** Opens a link as a browser would; the session cookie when it worked. */
async function open(url: string): Promise<{ status: number; cookie?: string; setCookie: string; body: string }> {
  const res = await fetch(url, { redirect: 'manual' });
  const setCookie = res.headers.get('set-cookie') ?? '';
  const cookie = /^(lnb_workbench=[^;]+)/.exec(setCookie)?.[1];
  return { status: res.status, cookie, setCookie, body: await res.text() };
}

async function signIn(userId: string, network?: string) {
  const url = await link(userId, network);
  if (!url) throw new Error(`no link for ${userId}`);
  const { cookie } = await open(url);
  if (!cookie) throw new Error('no session cookie');
  const res = await fetch(`${base}/workbench/state`, { headers: { cookie } });
  const state = (await res.json()) as { csrf: string; questions: { id: string; kind: string; themes: { id: string; label: string }[] }[] };
  return { cookie, state };
}

const post = (path: string, cookie: string, csrf: string | undefined, body: unknown) =>
  fetch(`${base}${path}`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json', ...(csrf ? { 'x-lnb-csrf': csrf } : {}) },
    body: JSON.stringify(body),
  });

describe('the workbench over HTTP', () => {
  it('exchanges a link once for a strict session cookie, and shows the draft with a strict CSP', async () => {
    const url = await link('samordnare');
    expect(url).toMatch(new RegExp(`^${base}/workbench/open/`));
    const first = await open(url as string);
    expect(first.status).toBe(200);
    expect(first.setCookie).toMatch(/HttpOnly/);
    expect(first.setCookie).toMatch(/SameSite=Strict/);
    expect(first.setCookie).toMatch(/Path=\/workbench/);
    expect(first.setCookie).not.toMatch(/Secure/);
    expect(first.body).toContain('url=/workbench/');

    const page = await fetch(`${base}/workbench/`, { headers: { cookie: first.cookie as string } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    expect(html).not.toMatch(/<script>|<script [^>]*>[^<]/);
    expect(html).toContain('src="/workbench/workbench.js"');

    const state = await fetch(`${base}/workbench/state`, { headers: { cookie: first.cookie as string } });
    const body = (await state.json()) as { role: string; canPublish: boolean; questions: unknown[] };
    expect(body).toMatchObject({ role: 'coordinator', canPublish: true });
    expect(body.questions.length).toBeGreaterThan(0);

    const again = await open(url as string);
    expect(again.status).toBe(410);
    expect(again.cookie).toBeUndefined();
    expect(again.body).toContain(sv('workbench.link.used'));
  });

  it('refuses tampered, expired and other-program links with a page that says how to get a new one', async () => {
    const url = (await link('samordnare')) as string;
    const [payload, sig] = url.slice(url.lastIndexOf('/') + 1).split('.') as [string, string];
    const tampered = await open(`${base}/workbench/open/${payload}.${sig.slice(0, -1)}${sig.endsWith('A') ? 'B' : 'A'}`);
    expect(tampered.status).toBe(403);
    expect(tampered.body).toContain(sv('workbench.link.newLink'));

    const expiring = (await link('samordnare')) as string;
    clock.advance(60 * 60 * 1000 + 1);
    const expired = await open(expiring);
    clock.advance(-(60 * 60 * 1000 + 1));
    expect(expired.status).toBe(410);
    expect(expired.body).toContain(sv('workbench.link.expired'));

    const secret = (await bot.store.files.signingSecret()) as string;
    const claims = { platform: 'local' as const, userId: 'samordnare', round: 1, expiresAt: clock.now().getTime() + 60_000, id: newLinkId() };
    const other = await open(`${base}/workbench/open/${mintToken(secret, { ...claims, program: 'ett-annat-program' })}`);
    expect(other.status).toBe(403);
    expect(other.body).toContain(sv('workbench.link.denied'));
  });

  it('makes no link for a participant, nor a leader’s for another network, and refuses a forged one', async () => {
    expect(await link('deltagare-eskilstuna')).toBeUndefined();
    expect(await link('ledare-eskilstuna')).toBeUndefined();
    expect(await link('ledare-eskilstuna', 'katrineholm')).toBeUndefined();
    expect(await link('ledare-eskilstuna', 'eskilstuna')).toBeDefined();
    const secret = (await bot.store.files.signingSecret()) as string;
    const forged = mintToken(secret, {
      platform: 'local',
      userId: 'ledare-eskilstuna',
      program: bot.program.program.id,
      round: 1,
      network: 'katrineholm',
      expiresAt: clock.now().getTime() + 60_000,
      id: newLinkId(),
    });
    expect((await open(`${base}/workbench/open/${forged}`)).status).toBe(403);
  });

  it('takes no write without the session’s CSRF token, nor with another session’s', async () => {
    const a = await signIn('samordnare');
    const b = await signIn('samordnare');
    const q = a.state.questions.find((x) => x.kind === 'text' && x.themes.length > 0);
    const theme = q?.themes[0];
    if (!q || !theme) throw new Error('no theme in the draft');
    const rename = { kind: 'rename', question: q.id, theme: theme.id, label: 'Nytt namn' };
    expect((await post('/workbench/edit', a.cookie, undefined, rename)).status).toBe(403);
    expect((await post('/workbench/edit', a.cookie, b.state.csrf, rename)).status).toBe(403);
    expect((await post('/workbench/edit', a.cookie, a.state.csrf, { kind: 'rename', question: q.id })).status).toBe(400);
    const ok = await post('/workbench/edit', a.cookie, a.state.csrf, rename);
    expect(ok.status).toBe(200);
    const after = (await ok.json()) as { questions: { id: string; themes: { id: string; label: string }[] }[] };
    expect(after.questions.find((x) => x.id === q.id)?.themes[0]?.label).toBe('Nytt namn');
    const undo = await post('/workbench/undo', a.cookie, a.state.csrf, {});
    const undone = (await undo.json()) as { questions: { id: string; themes: { label: string }[] }[] };
    expect(undone.questions.find((x) => x.id === q.id)?.themes[0]?.label).toBe(theme.label);
  });

  it('signs out: the cookie and the link used for it open nothing any more', async () => {
    const url = (await link('samordnare')) as string;
    const { cookie } = await open(url);
    const state = (await (await fetch(`${base}/workbench/state`, { headers: { cookie: cookie as string } })).json()) as { csrf: string };
    const out = await fetch(`${base}/workbench/logout`, {
      method: 'POST',
      headers: { cookie: cookie as string, 'content-type': 'application/x-www-form-urlencoded' },
      body: `csrf=${encodeURIComponent(state.csrf)}`,
    });
    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie')).toMatch(/Max-Age=0/);
    expect((await fetch(`${base}/workbench/state`, { headers: { cookie: cookie as string } })).status).toBe(401);
    expect((await open(url)).status).toBe(410);
  });

  it('lets a leader shape their own network but not publish, and drops a session whose person no longer leads', async () => {
    const leader = await signIn('ledare-eskilstuna', 'eskilstuna');
    expect(leader.state).toMatchObject({ role: 'leader', canPublish: false });
    const res = await post('/workbench/publish', leader.cookie, leader.state.csrf, {});
    expect(res.status).toBe(403);
    const program = bot.ctx.program;
    bot.ctx.program = { ...program, networks: program.networks.map((n) => (n.id === 'eskilstuna' ? { ...n, leaders: [] } : n)) };
    try {
      expect((await fetch(`${base}/workbench/state`, { headers: { cookie: leader.cookie } })).status).toBe(401);
    } finally {
      bot.ctx.program = program;
    }
  });

  it('refuses a body too large or not JSON, speaks English on ?lang=en, and groups again only when asked', async () => {
    const a = await signIn('samordnare');
    const big = await fetch(`${base}/workbench/edit`, {
      method: 'POST',
      headers: { cookie: a.cookie, 'x-lnb-csrf': a.state.csrf, 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'reflection', text: 'x'.repeat(70_000) }),
    });
    expect(big.status).toBe(413);
    const notJson = await fetch(`${base}/workbench/edit`, {
      method: 'POST',
      headers: { cookie: a.cookie, 'x-lnb-csrf': a.state.csrf, 'content-type': 'application/json' },
      body: '{"kind":',
    });
    expect(notJson.status).toBe(400);

    const english = await (await fetch(`${base}/workbench/?lang=en`, { headers: { cookie: a.cookie } })).text();
    expect(english).toContain('<html lang="en">');
    expect(english).toContain(translate('en', 'workbench.publish'));

    const q = a.state.questions.find((x) => x.kind === 'text' && x.themes.length > 0);
    const theme = q?.themes[0];
    if (!q || !theme) throw new Error('no theme in the draft');
    await post('/workbench/edit', a.cookie, a.state.csrf, { kind: 'rename', question: q.id, theme: theme.id, label: 'Innan omgruppering' });
    const again = (await (await post('/workbench/regroup', a.cookie, a.state.csrf, {})).json()) as {
      edits: number;
      questions: { id: string; themes: { label: string }[] }[];
    };
    expect(again.edits).toBe(0);
    expect(again.questions.find((x) => x.id === q.id)?.themes.map((t) => t.label)).not.toContain('Innan omgruppering');
  });

  it('answers hostile requests without a session plainly: no server error, no draft', async () => {
    for (const path of ['/workbench/open/%E0%A4%A', `/workbench/open/${'a'.repeat(5000)}.${'b'.repeat(43)}`, '/workbench/open/', '/workbench/open/x.y']) {
      const res = await fetch(`${base}${path}`);
      expect(res.status).toBe(403);
      expect(await res.text()).toContain(sv('workbench.link.newLink'));
    }
    expect((await fetch(`${base}/workbench/state`)).status).toBe(401);
    expect((await fetch(`${base}/workbench/docx`, { headers: { cookie: 'lnb_workbench=nonsense' } })).status).toBe(401);
    const write = await fetch(`${base}/workbench/edit`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    expect(write.status).toBe(401);
    const a = await signIn('samordnare');
    expect((await fetch(`${base}/workbench/nothing-here`, { headers: { cookie: a.cookie } })).status).toBe(404);
    expect((await post('/workbench/nothing-here', a.cookie, a.state.csrf, {})).status).toBe(404);
  });
});
