import { mintToken, newLinkId } from '../../src/workbench/link-token';
import { FakeClock } from '../helpers/fake-clock';
import { replyInput } from '../helpers/reply-input';
import { tempDir } from '../helpers/temp-dir';
import { eventually } from '../slack/slack-harness';
import { blockActionsBody, commandBody } from '../slack/slack-payloads';
import { cardOf, cardText } from '../teams/helpers/fake-connector';
import { readZip } from '../teams/helpers/read-zip';
import { cardSubmit, personalConversationId, personalMessage } from '../teams/helpers/teams-activities';
import { type BotUnderTest, startBotUnderTest } from './helpers/bot-under-test';
import { recordFigure } from './helpers/figures';
import {
  PROGRAM_ID,
  reliabilityProgram,
  SLACK_COORD,
  SLACK_LEADER,
  slackChannel,
  slackNetwork,
  TEAMS_COORD,
  teamsNetwork,
} from './helpers/reliability-program';
import { teamsSender } from './helpers/submissions';

// 23 November 2026: round 1 (meeting 3 December) is the current round.
const clock = new FakeClock('2026-11-23T10:00:00Z');
const dir = tempDir('lnb-access-');
let bot: BotUnderTest;
let checks = 0;

/** Replies in two Slack and two Teams networks, each with words found nowhere else. */
const SECRETS: Record<string, string> = {
  [slackNetwork(0)]: 'Pelikanen',
  [slackNetwork(1)]: 'Zebrafinken',
  [teamsNetwork(0)]: 'Flamingon',
  [teamsNetwork(1)]: 'Kungsörnen',
};

beforeAll(async () => {
  bot = await startBotUnderTest({ program: reliabilityProgram({ slackNetworks: 2, teamsNetworks: 2 }), storeUrl: `sqlite://${dir.path}/lnb.sqlite`, cwd: dir.path, clock });
  let i = 0;
  for (const [network, word] of Object.entries(SECRETS)) {
    for (const [j, text] of [`${word} behöver avlösning på kvällarna.`, `Avlösning och stöd hemma, säger ${word} igen.`, `Mer information om stödet till ${word}.`].entries()) {
      const platform = network.startsWith('rs') ? 'slack' : 'teams';
      await bot.store.replies.save(
        replyInput({ id: `seed-${i++}`, program: PROGRAM_ID, round: 1, network, question: 'behov', text, author: { platform, userId: `${platform}-author-${network}-${j}` } }),
        clock.now(),
      );
    }
  }
});
afterAll(async () => {
  await bot.close();
  dir.remove();
  recordFigure({ area: 'access', case: 'participants, leaders, download links', requests: checks, note: `${checks} cases, each refused or scoped` });
});
afterEach(() => {
  checks++;
});

/** A slash command: acknowledged at once, answered through response_url; `text` is that answer. */
const slackCommand = async (command: '/summary' | '/lnb', text: string, user: string, channel = slackChannel(0)) => {
  const before = bot.fake.responses.length;
  await bot.postSlack(commandBody({ command, text, user, channel, responseUrl: bot.fake.responseUrl('cmd') }));
  await eventually(() => bot.fake.responses.length > before);
  return { text: JSON.stringify(bot.fake.responses[before]?.body) };
};

describe('a participant', () => {
  it('cannot run /summary (Slack) or summary (Teams), and nothing is compiled', async () => {
    const slack = await slackCommand('/summary', '1', 'U0PART');
    expect(JSON.parse(slack.text).text).toMatch(/ledare och av samordnaren/);
    await bot.postTeams(personalMessage(bot.connector.url, teamsSender('aad-part'), 'summary 1'));
    const said = bot.connector.activities(personalConversationId(teamsSender('aad-part'))).map((c) => String(c.body.text ?? '') + cardText(cardOf(c.body) ?? {}));
    expect(said.join(' ').replace(/\u200b/g, '')).toMatch(/ledare och av samordnaren/);
    await new Promise((r) => setTimeout(r, 300));
    expect(bot.fake.uploads).toEqual([]);
    expect(bot.fake.accepted('chat.postMessage')).toEqual([]);
  });

  it('cannot link a channel', async () => {
    const slack = await slackCommand('/lnb', `link ${slackNetwork(1)}`, 'U0PART', 'C0NEW');
    expect(JSON.parse(slack.text).text).toMatch(/samordnare/i);
    await bot.postTeams(personalMessage(bot.connector.url, teamsSender('aad-part'), `link ${teamsNetwork(1)}`));
    expect(await bot.store.links.list(PROGRAM_ID)).toEqual([]);
  });

  it("opening the form for someone else's reply shows only their own (empty) form", async () => {
    // Slack: the Svara button of network rs0, as any channel member can click it.
    const value = JSON.stringify({ program: PROGRAM_ID, round: 1, network: slackNetwork(0) });
    await bot.postSlack(blockActionsBody({ user: 'U0NOSY', channel: slackChannel(0), actionId: 'lnb_answer', value, responseUrl: bot.fake.responseUrl('b') }));
    // The modal opens as a loading view, which the form then replaces.
    await eventually(() => bot.fake.accepted('views.update').length === 1);
    const view = JSON.stringify(bot.fake.accepted('views.update')[0]?.args.view);
    expect(view).not.toContain(SECRETS[slackNetwork(0)]);
    const opened = bot.fake.accepted('views.update')[0]?.args.view as { private_metadata: string } | undefined;
    expect(JSON.parse(opened?.private_metadata ?? '{}').user).toBe('U0NOSY');
    // Teams: "Ändra" with another network's form reference, from someone who wrote nothing there.
    const nosy = teamsSender('aad-nosy');
    await bot.postTeams(cardSubmit(bot.connector.url, nosy, { lnb: 'open', kind: 'answer', program: PROGRAM_ID, round: 1, network: teamsNetwork(0) }, 'act-x'));
    // Not theirs to answer for: no form at all (core/answer-network.ts), let alone someone else's text.
    const said = bot.connector.activities(personalConversationId(nosy)).at(-1)?.body ?? {};
    expect(cardOf(said)).toBeUndefined();
    expect(String(said.text).replace(/\u200b/g, '')).toMatch(/vilket nätverk du är med i/);
    expect(JSON.stringify(said)).not.toContain(SECRETS[teamsNetwork(0)]);
  });
});

describe('a leader', () => {
  it("gets their own network's compilation and no other's", async () => {
    const refused = await slackCommand('/summary', `1 ${slackNetwork(1)}`, SLACK_LEADER(0));
    expect(JSON.parse(refused.text).text).toMatch(/ditt eget nätverk/);
    await slackCommand('/summary', '1', SLACK_LEADER(0));
    await eventually(() => bot.fake.uploads.length === 1, 30_000);
    const message = JSON.stringify(bot.fake.messages.at(-1));
    const docx = readZip(bot.fake.uploads[0]?.bytes ?? Buffer.alloc(0)).get('word/document.xml')?.toString('utf8') ?? '';
    expect(docx).toContain('Slacknät 0');
    for (const other of [slackNetwork(1), teamsNetwork(0), teamsNetwork(1)]) {
      expect(message).not.toContain(SECRETS[other]);
      expect(docx).not.toContain(SECRETS[other]);
    }
    expect(docx).not.toMatch(/Slacknät 1|Teamsnät/);
  });
});

describe('a compilation download link (Teams)', () => {
  /** The coordinator asks for a summary; the card's button is the link. */
  async function link(): Promise<string> {
    const coord = teamsSender(TEAMS_COORD);
    const before = bot.connector.activities(personalConversationId(coord)).length;
    await bot.postTeams(personalMessage(bot.connector.url, coord, 'summary 1'));
    await bot.connector.waitFor(() => JSON.stringify(bot.connector.activities(personalConversationId(coord)).slice(before)).includes('/files/'), 30_000);
    const text = JSON.stringify(bot.connector.activities(personalConversationId(coord)).slice(before));
    const url = /"url":"(http:\/\/127\.0\.0\.1:\d+\/files\/[^"]+)"/.exec(text)?.[1];
    if (!url) throw new Error('no link on the card');
    return url;
  }
  const get = (url: string) => fetch(url).then(async (r) => ({ status: r.status, type: r.headers.get('content-type'), size: (await r.arrayBuffer()).byteLength }));

  it('works as given, but not guessed, tampered, swapped with another file, or after it expires', async () => {
    const first = await link();
    const second = await link();
    expect((await get(first)).status).toBe(200);
    expect((await get(second)).status).toBe(200);
    const [id1, exp1, sig1] = first.split('/files/')[1]?.split('.') ?? [];
    const [id2, exp2, sig2] = second.split('/files/')[1]?.split('.') ?? [];
    const base = first.split('/files/')[0];
    // A guessed id, a changed signature, one file's id under the other's signature, a truncated token, a malformed escape.
    for (const token of [
      `AAAAAAAAAAAAAAAAAAAAAA.${exp1}.${sig1}`,
      `${id1}.${exp1}.${sig1?.slice(0, -2)}xx`,
      `${id2}.${exp1}.${sig1}`,
      `${id1}.${exp2}.${sig2}`,
      `${id1}.${exp1}`,
      `${id1}.${(Number.parseInt(exp1 ?? '0', 36) + 3_600_000).toString(36)}.${sig1}`,
      '%E0%A4%A',
    ]) {
      const res = await get(`${base}/files/${token}`);
      expect([token, res.status]).toEqual([token, 404]);
    }
    clock.advance(24 * 60 * 60 * 1000 + 1);
    expect((await get(first)).status).toBe(410);
    expect((await get(second)).status).toBe(410);
    expect(await bot.healthy()).toBe(true);
  });
});

describe('the workbench', () => {
  const person = (userId: string) => (userId === TEAMS_COORD ? { platform: 'teams' as const, userId } : { platform: 'slack' as const, userId });
  const mint = (userId: string, network?: string) => bot.workbench.mintLink(person(userId), { program: PROGRAM_ID, round: 1, ...(network ? { network } : {}) });
  const open = async (url: string) => {
    const res = await fetch(url);
    await res.text();
    return { status: res.status, cookie: /^(lnb_workbench=[^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1] };
  };
  async function signIn(userId: string, network?: string) {
    const { cookie } = await open((await mint(userId, network)) as string);
    if (!cookie) throw new Error(`no session for ${userId}`);
    const state = (await (await fetch(`${bot.baseUrl}/workbench/state`, { headers: { cookie } })).json()) as { csrf: string };
    return { cookie, csrf: state.csrf };
  }
  const post = (path: string, headers: Record<string, string>, body = '{"kind":"reflection","text":"Intrång"}') =>
    fetch(`${bot.baseUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body }).then((r) => r.status);
  const WRITES = ['/workbench/edit', '/workbench/undo', '/workbench/regroup', '/workbench/publish', '/workbench/logout'];
  const READS = ['/workbench', '/workbench/', '/workbench/state', '/workbench/docx'];
  /** Posts to channels, in Slack and Teams. */
  const posts = () => bot.fake.accepted('chat.postMessage').length + bot.connector.calls.length;

  it('gives a participant no link, and every route without a session is refused', async () => {
    expect(await mint('U0PART')).toBeUndefined();
    const before = posts();
    for (const path of READS) expect([path, (await fetch(`${bot.baseUrl}${path}`)).status]).toEqual([path, 401]);
    for (const path of WRITES) expect([path, await post(path, {})]).toEqual([path, 401]);
    expect(posts()).toBe(before);
  });

  it('refuses a tampered, another program’s, an expired and a replayed link, with a page saying how to get a new one', async () => {
    const url = (await mint(SLACK_COORD)) as string;
    const [base, token] = url.split('/workbench/open/') as [string, string];
    const [payload, sig] = token.split('.') as [string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    const secret = (await bot.store.files.signingSecret()) as string;
    const other = mintToken(secret, { ...claims, program: 'annat-program', id: newLinkId() });
    const participant = mintToken(secret, { ...claims, userId: 'U0PART', id: newLinkId() });
    const forged = Buffer.from(JSON.stringify({ ...claims, userId: 'U0PART' })).toString('base64url');
    for (const [what, bad] of [
      ['changed signature', `${payload}.${sig.slice(0, -2)}${sig.endsWith('AA') ? 'BB' : 'AA'}`],
      ['changed payload', `${forged}.${sig}`],
      ['another program', other],
      ['a participant', participant],
    ] as const) {
      const res = await fetch(`${base}/workbench/open/${bad}`);
      expect([what, res.status, res.headers.get('set-cookie')]).toEqual([what, 403, null]);
      expect(await res.text()).toMatch(/Be om en ny länk/);
    }
    expect((await open(url)).status).toBe(200);
    expect((await open(url)).status).toBe(410);
    const late = (await mint(SLACK_COORD)) as string;
    clock.advance(60 * 60 * 1000 + 1);
    const expired = await fetch(late);
    expect([expired.status, expired.headers.get('set-cookie')]).toEqual([410, null]);
    expect(await expired.text()).toMatch(/Be om en ny länk/);
  });

  it('refuses every write without the session’s own CSRF token, and a session after logout', async () => {
    const a = await signIn(SLACK_COORD);
    const b = await signIn(TEAMS_COORD);
    const before = posts();
    for (const path of WRITES) {
      // No token, another coordinator's token, an empty one, the cookie's value as the token.
      for (const csrf of [undefined, b.csrf, '', a.cookie.split('=')[1] as string]) {
        const status = await post(path, { cookie: a.cookie, ...(csrf !== undefined ? { 'x-lnb-csrf': csrf } : {}) }, path.endsWith('logout') ? `csrf=${csrf ?? ''}` : undefined);
        expect([path, status]).toEqual([path, 403]);
      }
    }
    expect(posts()).toBe(before);
    const state = (await (await fetch(`${bot.baseUrl}/workbench/state`, { headers: { cookie: a.cookie } })).json()) as { reflection?: string };
    expect(JSON.stringify(state)).not.toContain('Intrång');
    // Logged out: the cookie is worth nothing, on a read or a write.
    const out = await fetch(`${bot.baseUrl}/workbench/logout`, { method: 'POST', headers: { cookie: a.cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: `csrf=${a.csrf}` });
    expect(out.status).toBe(200);
    expect((await fetch(`${bot.baseUrl}/workbench/state`, { headers: { cookie: a.cookie } })).status).toBe(401);
    expect(await post('/workbench/edit', { cookie: a.cookie, 'x-lnb-csrf': a.csrf })).toBe(401);
  });

  it("gives a leader no link to another network, and a leader's page cannot publish", async () => {
    expect(await mint(SLACK_LEADER(0), slackNetwork(1))).toBeUndefined();
    expect(await mint(SLACK_LEADER(0))).toBeUndefined();
    const leader = await signIn(SLACK_LEADER(0), slackNetwork(0));
    const before = posts();
    expect(await post('/workbench/publish', { cookie: leader.cookie, 'x-lnb-csrf': leader.csrf }, '{}')).toBe(403);
    expect(posts()).toBe(before);
  });
});
