import { TestAdapter } from 'botbuilder';
import { submitForm } from '../../src/core/submit-form';
import { createLogger } from '../../src/logger';
import { BackgroundTasks } from '../../src/platform/background-tasks';
import { FileLinks } from '../../src/platform/file-links';
import { recentClaims } from '../../src/platform/recent-claims';
import { createTeamsApp } from '../../src/teams/create-teams-app';
import { LnbTeamsAdapter } from '../../src/teams/lnb-teams-adapter';
import type { TeamsDeps } from '../../src/teams/teams-deps';
import { TeamsPort } from '../../src/teams/teams-port';
import { openTestContext, type TestContext } from '../helpers/bot-context';
import { cardOf, cardText } from './helpers/fake-connector';
import { teamsProgram } from './helpers/teams-program';

/**
 * Routing through the real teams-ai Application on botbuilder's TestAdapter
 * (a Web Chat-like channel: `test`, no conversation type, so the one
 * conversation counts as the person's own and cards answer in place).
 */
let t: TestContext;
let adapter: TestAdapter;
let tasks: BackgroundTasks;
beforeEach(async () => {
  t = await openTestContext({ program: teamsProgram() });
  t.ctx.log = createLogger('silent');
  const port = new TeamsPort({
    ctx: t.ctx,
    adapter: new LnbTeamsAdapter({}),
    appId: '',
    files: new FileLinks({ files: t.store.files, clock: t.clock, baseUrl: () => 'http://127.0.0.1:1', locale: 'sv' }),
  });
  tasks = new BackgroundTasks(t.ctx.log);
  const deps: TeamsDeps = { ctx: t.ctx, port, seen: recentClaims(t.ctx.store, 'teams-activity', 60 * 60_000, t.ctx.clock), tasks };
  const app = createTeamsApp(deps);
  adapter = new TestAdapter(async (turn) => {
    await app.run(turn);
  });
});
afterEach(async () => {
  await tasks.drain();
  await t.close();
});

const as = (userId: string) => ({ from: { id: userId, name: userId } });
const plain = (a: Partial<{ text: string }> | undefined) => String(a?.text ?? '').replace(/\u200b/g, '');

describe('createTeamsApp: routing through the Application', () => {
  it('answers help, and an unknown word with a pointer to help', async () => {
    // In Teams the help explains the @-mention; elsewhere (the local web chat) the words alone.
    // A list (a card with one line per command), in the program's Swedish words.
    const help = (a: unknown) => cardText(cardOf(a as Record<string, unknown>)).replace(/\u200b/g, '');
    await adapter
      .send({ type: 'message', text: 'help', channelId: 'msteams', ...as('anna') })
      .assertReply((a) => expect(help(a)).toMatch(/i Teams[\s\S]*svara \[nätverk\]: svara på frågorna/));
    await adapter.send({ type: 'message', text: 'help', ...as('anna') }).assertReply((a) => expect(help(a)).toMatch(/här i chatten[\s\S]*svara \[nätverk\]/));
    await adapter.send({ type: 'message', text: 'blaha', ...as('anna') }).assertReply((a) => expect(help(a)).toMatch(/Ordet ”blaha” känner jag inte till/));
    await adapter.send({ type: 'message', text: '/HJÄLP', ...as('anna') }).assertReply((a) => expect(help(a)).toMatch(/status: se läget/));
  });

  it('routes `answer <network>` (the leader\'s own network) to the form card and a submit to the save', async () => {
    await adapter
      .send({ type: 'message', text: '<at>Bot</at> answer eskilstuna', ...as('aad-lead') })
      .assertReply((a) => {
        const card = cardOf(a as Record<string, unknown>);
        expect(cardText(card)).toMatch(/Vad vill ni uppnå med stödet\?/);
        expect(((card?.actions ?? []) as { data: unknown }[])[0]?.data).toEqual({ lnb: 'submit', kind: 'answer', program: 'teams-test', round: 1, network: 'eskilstuna' });
      });
    await adapter
      .send({
        type: 'message',
        value: { lnb: 'submit', kind: 'answer', program: 'teams-test', round: '1', network: 'eskilstuna', 'q.syfte': 'Hej', 'f.role': 'chef', 'f.consent': 'false' },
        ...as('aad-lead'),
      })
      .assertReply((a) => expect(cardText(cardOf(a as Record<string, unknown>))).toMatch(/Tack!/));
    const stored = await t.store.replies.list({});
    expect(stored.map((r) => [r.question, r.text, r.role, r.consent])).toEqual([['syfte', 'Hej', 'chef', false]]);
  });

  it('in a personal chat, asks a participant with no network of their own, and opens no form for a network that is not theirs', async () => {
    await adapter.send({ type: 'message', text: 'answer', ...as('anna') }).assertReply((a) => expect(plain(a)).toMatch(/vilket nätverk du är med i/));
    await adapter.send({ type: 'message', text: 'answer katrineholm', ...as('anna') }).assertReply((a) => expect(plain(a)).toMatch(/vilket nätverk du är med i/));
  });

  it('links the conversation for a coordinator outside Teams (the local Web Chat, whose conversation stands for a network)', async () => {
    await adapter.send({ type: 'message', text: 'link katrineholm', channelData: { lnbNetwork: 'eskilstuna' }, ...as('aad-coord') }).assertReply((a) => expect(plain(a)).toMatch(/kopplad till nätverket Katrineholm/));
    expect(await t.store.links.get('teams-test', 'katrineholm')).toMatchObject({ platform: 'teams', linkedBy: 'teams:aad-coord' });
  });

  it('shows a participant their one line of status, and a leader their network with the minutes missing', async () => {
    await submitForm(t.ctx, { platform: 'teams', userId: 'x' }, { kind: 'answer', program: 'teams-test', round: 1, network: 'eskilstuna' }, { values: { syfte: 'a' }, role: 'chef', consent: false });
    await adapter.send({ type: 'message', text: 'status', ...as('anna') }).assertReply((a) => expect(cardText(cardOf(a as Record<string, unknown>))).toMatch(/Du är med i programmet Teamsprogrammet/));
    await adapter.send({ type: 'message', text: 'status', ...as('aad-lead') }).assertReply((a) => {
      const text = cardText(cardOf(a as Record<string, unknown>));
      expect(text).toMatch(/Eskilstuna \(eskilstuna\): .*träff 1: 1 person, 1 svar, anteckningar saknas/);
      expect(text).not.toMatch(/Katrineholm/);
    });
  });

  it('refuses summary to a participant', async () => {
    await adapter.send({ type: 'message', text: 'summary', ...as('anna') }).assertReply((a) => expect(plain(a)).toMatch(/ledare och av samordnaren/));
  });
});
