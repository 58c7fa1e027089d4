import { createSign, generateKeyPairSync } from 'node:crypto';
import { answerId } from '../../src/core/reply-id';
import { tempDir } from '../helpers/temp-dir';
import { sign } from '../slack/slack-harness';
import { blockActionsBody, consented, selectedRole, typed, viewSubmissionBody } from '../slack/slack-payloads';
import { cardOf, cardText } from '../teams/helpers/fake-connector';
import { type BotUnderTest, startBotUnderTest, TEAMS_APP_ID } from './helpers/bot-under-test';
import { recordFigure } from './helpers/figures';
import { PROGRAM_ID, reliabilityProgram, SLACK_COORD, slackChannel, slackNetwork, teamsNetwork } from './helpers/reliability-program';
import { slackSubmission, slackView, teamsSubmission } from './helpers/submissions';

const program = () => reliabilityProgram({ slackNetworks: 2, teamsNetworks: 2 });
const slackRef = { kind: 'answer' as const, program: PROGRAM_ID, round: 1, network: slackNetwork(0) };
const teamsRef = { kind: 'answer' as const, program: PROGRAM_ID, round: 1, network: teamsNetwork(0) };

// biome-ignore lint/suspicious/noTemplateCurlyInString: an Adaptive Card template expression, on purpose
const MARKUP = '*fet* _kursiv_ <!channel> <@U0COORD> <https://evil.example|klicka> **md** [länk](https://evil.example) ${x} {{DATE(2020)}} <b>html</b>';
const RTL = 'مرحبا بالعالم — שלום עולם — \u202Eevil\u202C';
const ZERO_WIDTH_ONLY = '\u200B\u200C\u200D\u2060\uFEFF';
const EMOJI_10K = '😀'.repeat(10_000);

let bot: BotUnderTest;
const dir = tempDir('lnb-hostile-');
let cases = 0;
beforeAll(async () => {
  bot = await startBotUnderTest({ program: program(), storeUrl: `sqlite://${dir.path}/lnb.sqlite`, cwd: dir.path });
});
afterAll(async () => {
  await bot.close();
  dir.remove();
  recordFigure({ area: 'hostile', case: 'Slack + Teams hostile requests', note: `${cases} cases, each answered 4xx or with a message, nothing stored; /healthz 200 after each` });
});
afterEach(async () => {
  cases++;
  expect(await bot.healthy()).toBe(true);
});

const raw = (path: string, body: string | Buffer, headers: Record<string, string>) =>
  fetch(`${bot.baseUrl}${path}`, { method: 'POST', headers, body }).then(async (r) => ({ status: r.status, text: await r.text() }));
const signedSlack = (body: string, contentType: string, ts = Math.floor(Date.now() / 1000)) =>
  raw('/slack/events', body, { 'content-type': contentType, 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sign(body, ts) });
const stored = () => bot.store.replies.list({});
/** Replies written by these users (other tests' replies stay out of the way). */
const storedBy = async (...users: string[]) => (await stored()).filter((r) => users.includes(r.author?.userId ?? ''));

describe('hostile requests to Slack (/slack/events)', () => {
  it('refuses a payload that is not JSON', async () => {
    const res = await signedSlack('payload=%7Bnot%20json', 'application/x-www-form-urlencoded');
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });

  it('refuses a body in a content type Slack never sends', async () => {
    const res = await signedSlack(JSON.stringify({ type: 'view_submission' }), 'text/plain');
    expect(res.status).toBe(415);
  });

  it('refuses a 1 MB body', async () => {
    const body = slackSubmission(slackRef, 'U0BIG', slackChannel(0), 'x'.repeat(1024 * 1024));
    const res = await signedSlack(body, 'application/x-www-form-urlencoded');
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBe(413);
    expect(await storedBy('U0BIG')).toEqual([]);
  });

  it('refuses a forged signature and a replayed (six minutes old) request', async () => {
    const body = slackSubmission(slackRef, 'U0FORGE', slackChannel(0), 'Förfalskat');
    const ts = Math.floor(Date.now() / 1000);
    const forged = await raw('/slack/events', body, { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sign(body, ts, 'not-the-secret') });
    expect(forged.status).toBe(401);
    const old = ts - 6 * 60;
    const replayed = await raw('/slack/events', body, { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(old), 'x-slack-signature': sign(body, old) });
    expect(replayed.status).toBe(401);
    const unsigned = await raw('/slack/events', body, { 'content-type': 'application/x-www-form-urlencoded' });
    expect(unsigned.status).toBe(401);
    expect(await storedBy('U0FORGE')).toEqual([]);
  });

  it('answers an unknown button without acting on it', async () => {
    const body = blockActionsBody({ user: 'U0X', channel: slackChannel(0), actionId: 'lnb_drop_tables', value: '{}', responseUrl: bot.fake.responseUrl('x') });
    const res = await bot.postSlack(body);
    expect(res.status).toBeLessThan(500);
    expect(bot.fake.accepted('views.open')).toEqual([]);
    expect(await storedBy('U0X')).toEqual([]);
  });

  it("refuses a submission carrying someone else's modal, with a message", async () => {
    const body = viewSubmissionBody({
      user: 'U0MALLORY',
      view: slackView(slackRef, 'U0ALICE', slackChannel(0)),
      viewId: 'V-stolen',
      values: { q_behov: typed('Under någon annans namn'), lnb_role: selectedRole('anhorig'), lnb_consent: consented(false) },
    });
    const res = await bot.postSlack(body);
    expect(JSON.parse(res.text)).toEqual({ response_action: 'errors', errors: { q_behov: expect.stringMatching(/någon annan/) } });
    expect(await storedBy('U0MALLORY', 'U0ALICE')).toEqual([]);
  });

  it('stores markup, right-to-left text and emoji as plain data, exactly as written', async () => {
    for (const [i, text] of [MARKUP, RTL, '👩‍👩‍👧 ❤️ 🇸🇪'].entries()) {
      const user = `U0DATA${i}`;
      const res = await bot.postSlack(slackSubmission(slackRef, user, slackChannel(0), text));
      expect(res).toEqual({ status: 200, text: '' });
      expect((await bot.store.replies.get(answerId(PROGRAM_ID, 1, slackRef.network, 'behov', { platform: 'slack', userId: user })))?.text).toBe(text);
    }
    // The confirmation does not echo what was written, so no markup reaches a channel.
    await new Promise((r) => setTimeout(r, 200));
    for (const c of bot.fake.calls.filter((c) => c.method.startsWith('chat.'))) expect(JSON.stringify(c.args)).not.toContain('evil.example');
  });

  it('refuses an answer of only zero-width characters as empty, and 10,000 emoji as too long, keeping the modal open', async () => {
    const empty = await bot.postSlack(slackSubmission(slackRef, 'U0ZW', slackChannel(0), ZERO_WIDTH_ONLY, 'o0'));
    const body = viewSubmissionBody({
      user: 'U0ZW2',
      view: slackView(slackRef, 'U0ZW2', slackChannel(0)),
      viewId: 'V-zw2',
      values: { q_behov: typed(ZERO_WIDTH_ONLY), lnb_role: selectedRole('anhorig'), lnb_consent: consented(false) },
    });
    const onlyInvisible = await bot.postSlack(body);
    expect(JSON.parse(onlyInvisible.text)).toEqual({ response_action: 'errors', errors: { q_behov: expect.stringMatching(/minst en fråga/) } });
    // With a choice made, the invisible text is not kept as an answer.
    expect(empty).toEqual({ status: 200, text: '' });
    expect(await bot.store.replies.get(answerId(PROGRAM_ID, 1, slackRef.network, 'behov', { platform: 'slack', userId: 'U0ZW' }))).toBeUndefined();

    const long = await bot.postSlack(slackSubmission(slackRef, 'U0EMOJI', slackChannel(0), EMOJI_10K));
    expect(JSON.parse(long.text)).toEqual({ response_action: 'errors', errors: { q_behov: expect.stringMatching(/3000/) } });
    expect(await bot.store.replies.get(answerId(PROGRAM_ID, 1, slackRef.network, 'behov', { platform: 'slack', userId: 'U0EMOJI' }))).toBeUndefined();
  });
});

describe('hostile requests to Teams (/api/messages)', () => {
  const json = { 'content-type': 'application/json' };

  it('refuses what is not JSON, a content type the connector never sends, and 1 MB', async () => {
    expect((await raw('/api/messages', '{"type":', json)).status).toBe(400);
    const activity = teamsSubmission(bot.connector.url, teamsRef, 'aad-ct', 'Som text/plain', 'form-ct');
    // A web page can POST text/plain to a loopback port without asking first (no CORS preflight).
    const plain = await raw('/api/messages', JSON.stringify(activity), { 'content-type': 'text/plain' });
    expect(plain.status).toBe(415);
    const big = teamsSubmission(bot.connector.url, teamsRef, 'aad-big', 'x'.repeat(1024 * 1024), 'form-big');
    expect((await raw('/api/messages', JSON.stringify(big), json)).status).toBe(413);
    expect(await storedBy('aad-ct', 'aad-big')).toEqual([]);
    expect(bot.connector.calls).toEqual([]);
  });

  it('ignores an unknown card action', async () => {
    const activity = teamsSubmission(bot.connector.url, teamsRef, 'aad-x', 'x', 'form-x');
    (activity as { value: Record<string, unknown> }).value = { lnb: 'drop-tables', ...teamsRef };
    const res = await bot.postTeams(activity);
    expect(res.status).toBeLessThan(500);
    expect(await storedBy('aad-x')).toEqual([]);
  });

  it('stores markup as data and shows it escaped; refuses zero-width-only and 10,000 emoji with the form back', async () => {
    const ok = await bot.postTeams(teamsSubmission(bot.connector.url, teamsRef, 'aad-markup', MARKUP, 'form-m'));
    expect(ok.status).toBe(200);
    expect((await bot.store.replies.get(answerId(PROGRAM_ID, 1, teamsRef.network, 'behov', { platform: 'teams', userId: 'aad-markup' })))?.text).toBe(MARKUP);

    const invisible = teamsSubmission(bot.connector.url, teamsRef, 'aad-zw', ZERO_WIDTH_ONLY, 'form-zw');
    (invisible as { value: Record<string, unknown> }).value['q.nojd'] = '';
    await bot.postTeams(invisible);
    const back = cardOf(bot.connector.calls.find((c) => c.activityId === 'form-zw')?.body ?? {});
    expect(cardText(back)).toMatch(/minst en fråga/);

    await bot.postTeams(teamsSubmission(bot.connector.url, teamsRef, 'aad-emoji', EMOJI_10K, 'form-emoji'));
    const tooLong = cardOf(bot.connector.calls.find((c) => c.activityId === 'form-emoji')?.body ?? {});
    expect(cardText(tooLong)).toMatch(/3000/);
    const ids = (await stored()).map((r) => r.author?.userId);
    expect(ids).not.toContain('aad-zw');
    expect(ids).not.toContain('aad-emoji');
  });
});

/** A well-formed token signed by a stranger's key, for another app, from `issuer`. */
function tokenFor(audience: string, issuer: string): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const head = `${b64({ alg: 'RS256', typ: 'JWT', kid: 'stranger' })}.${b64({ iss: issuer, aud: audience, nbf: now - 60, exp: now + 3600, serviceurl: 'http://127.0.0.1:9/' })}`;
  return `${head}.${createSign('RSA-SHA256').update(head).sign(privateKey).toString('base64url')}`;
}

describe('Teams with authentication on', () => {
  it('refuses tokens made for another app id, and runs nothing', async () => {
    const d = tempDir('lnb-hostile-auth-');
    const authed = await startBotUnderTest({ program: program(), storeUrl: `sqlite://${d.path}/lnb.sqlite`, cwd: d.path, teamsAppId: TEAMS_APP_ID });
    try {
      const activity = teamsSubmission(authed.connector.url, teamsRef, 'aad-foreign', 'Från en annan app', 'form-f');
      const otherApp = '11111111-2222-3333-4444-555555555555';
      // Issued by another tenant's Entra for another app: refused on its issuer, without any network.
      const entra = await authed.postTeams(activity, { authorization: `Bearer ${tokenFor(otherApp, 'https://sts.windows.net/other-tenant/')}` });
      expect(entra.status).toBe(401);
      // Claiming Bot Framework as issuer: its signature needs Microsoft's signing keys. Where they can be
      // fetched a stranger's key is 401; in a sandbox without internet botbuilder cannot fetch them and the
      // turn fails (500). Either way nothing runs.
      const framework = await authed.postTeams(activity, { authorization: `Bearer ${tokenFor(otherApp, 'https://api.botframework.com')}` });
      expect([401, 500]).toContain(framework.status);
      expect(await authed.store.replies.list({})).toEqual([]);
      expect(await authed.store.contacts.get('teams', 'aad-foreign')).toBeUndefined();
      expect(authed.connector.calls).toEqual([]);
      expect(await authed.healthy()).toBe(true);
    } finally {
      await authed.close();
      d.remove();
    }
  });
});

describe('hostile requests to the workbench (/workbench/*)', () => {
  const coord = { platform: 'slack' as const, userId: SLACK_COORD };
  /** A coordinator's session: its cookie and CSRF token. */
  async function signIn(): Promise<{ cookie: string; csrf: string }> {
    const url = await bot.workbench.mintLink(coord, { program: PROGRAM_ID, round: 1 });
    const opened = await fetch(url as string);
    const cookie = /^(lnb_workbench=[^;]+)/.exec(opened.headers.get('set-cookie') ?? '')?.[1] as string;
    const state = (await (await fetch(`${bot.baseUrl}/workbench/state`, { headers: { cookie } })).json()) as { csrf: string };
    return { cookie, csrf: state.csrf };
  }
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${bot.baseUrl}${path}`, { headers }).then(async (r) => ({ status: r.status, text: await r.text() }));

  it('answers hostile paths and tokens with a refusal, never a server error', async () => {
    const paths = [
      '/workbench/open/%E0%A4%A',
      `/workbench/open/${'A'.repeat(5000)}.${'B'.repeat(43)}`,
      '/workbench/open/',
      '/workbench/open/%00%0d%0aset-cookie:%20x=1',
      `/workbench/open/${encodeURIComponent('😀'.repeat(500))}`,
      `/workbench/open/${Buffer.from(JSON.stringify({ __proto__: { admin: true }, round: 1e308 })).toString('base64url')}.${'x'.repeat(43)}`,
      '/workbench/../../etc/passwd',
      '/workbench/%2e%2e/%2e%2e/package.json',
      '/workbench/state?lang=%E0%A4%A',
      '/workbench/docx?lang[]=sv',
      `/workbench/${'x/'.repeat(2000)}`,
    ];
    for (const path of paths) {
      const res = await get(path);
      expect([path, res.status >= 400 && res.status < 500]).toEqual([path, true]);
      expect(res.text).not.toContain('root:');
    }
  });

  it('refuses forged, oversized and malformed cookies as signed out', async () => {
    const { cookie } = await signIn();
    const id = cookie.split('=')[1] as string;
    for (const header of [
      'lnb_workbench=',
      'lnb_workbench=../../etc',
      `lnb_workbench=${'A'.repeat(43)}`,
      `lnb_workbench=${id.slice(0, -1)}B`,
      `lnb_workbench=${'A'.repeat(8000)}`,
      `lnb_workbench=${id}%00`,
      ';;;===;lnb_workbench',
      `other=1; lnb_workbench=${encodeURIComponent('😀')}`,
    ]) {
      for (const path of ['/workbench/', '/workbench/state', '/workbench/docx']) {
        const res = await get(path, { cookie: header });
        expect([header.slice(0, 40), path, res.status]).toEqual([header.slice(0, 40), path, 401]);
      }
    }
  });

  it('refuses hostile bodies on every write with a 4xx, takes edits naming nothing that exists without a server error', async () => {
    const { cookie, csrf } = await signIn();
    const post = (path: string, body: string | Buffer, extra: Record<string, string> = {}) =>
      fetch(`${bot.baseUrl}${path}`, { method: 'POST', headers: { cookie, 'x-lnb-csrf': csrf, 'content-type': 'application/json', ...extra }, body }).then(async (r) => ({ status: r.status, text: await r.text() }));
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const bodies: (string | Buffer)[] = [
      '{"kind":',
      deep.slice(0, 60_000),
      'null',
      '[]',
      '"move"',
      JSON.stringify({ kind: 'drop', question: 'behov' }),
      JSON.stringify({ kind: 'move', question: 'behov', reply: 'a', to: 'b', extra: 1 }),
      JSON.stringify({ kind: 'rename', question: 'behov', theme: 'x', label: 'y'.repeat(201) }),
      JSON.stringify({ kind: 'reorder', question: 'behov', theme: 'x', to: -1 }),
      JSON.stringify({ kind: 'quotes', question: 'behov', theme: 'x', replies: ['a', 'b', 'c', 'd'] }),
      JSON.stringify({ kind: 'reflection', text: 'x'.repeat(20_001) }),
      '{"kind":"reflection","text":"ok","__proto__":{"polluted":true}}',
      JSON.stringify({ kind: 'split', question: 'behov', theme: 'x', replies: [], label: MARKUP }),
      Buffer.from([0xff, 0xfe, 0x00, 0x7b]),
      'x'.repeat(1024 * 1024),
    ];
    for (const body of bodies) {
      const res = await post('/workbench/edit', body);
      const label = String(body).slice(0, 40);
      expect([label, res.status >= 400 && res.status < 500]).toEqual([label, true]);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Well-formed edits naming themes and replies that do not exist are no server error.
    for (const edit of [
      { kind: 'move', question: 'behov', reply: 'nope', to: 'nope' },
      { kind: 'merge', question: 'finns-inte', from: 'a', into: 'b' },
      { kind: 'rename', question: 'nojd', theme: 'ingen', label: MARKUP },
      { kind: 'exclude', reply: '../../etc', excluded: true },
    ]) {
      const res = await post('/workbench/edit', JSON.stringify(edit));
      expect([edit.kind, res.status < 500]).toEqual([edit.kind, true]);
    }
    for (const path of ['/workbench/undo', '/workbench/regroup', '/workbench/nope', '/workbench/publish/../edit']) {
      const res = await post(path, '{"kind":');
      expect([path, res.status < 500]).toEqual([path, true]);
    }
    // The logout form: a body of garbage or a huge one is no server error either.
    for (const body of ['csrf=%E0%A4%A', `csrf=${'x'.repeat(100_000)}`]) {
      const res = await post('/workbench/logout', body, { 'content-type': 'application/x-www-form-urlencoded' });
      expect(res.status).toBe(403);
    }
    const after = (await (await fetch(`${bot.baseUrl}/workbench/state`, { headers: { cookie } })).json()) as { questions: { themes: { label: string }[] }[] };
    // No refused or no-op edit named a theme: the labels are the compilation's own. (Replies other
    // tests stored hold the markup as data, shown as such; only a theme's label would come from an edit.)
    const labels = after.questions.flatMap((q) => q.themes.map((t) => t.label));
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.filter((l) => l.includes('evil.example') || l.includes('y'.repeat(201)))).toEqual([]);
  });

  it('a request that stops halfway holds nothing up: other requests are answered meanwhile', async () => {
    const { cookie, csrf } = await signIn();
    const { request } = await import('node:http');
    const url = new URL(`${bot.baseUrl}/workbench/edit`);
    const stuck = request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { cookie, 'x-lnb-csrf': csrf, 'content-type': 'application/json', 'content-length': '5000' } });
    stuck.on('error', () => {});
    stuck.write('{"kind":"reflection","text":"');
    await new Promise<void>((r) => stuck.once('socket', (s) => s.once('connect', () => r())));
    expect(await bot.healthy()).toBe(true);
    expect((await fetch(`${bot.baseUrl}/workbench/state`, { headers: { cookie } })).status).toBe(200);
    stuck.destroy();
  });
});
