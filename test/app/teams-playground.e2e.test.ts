import { writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import { type RunningBot, startBot } from '../../src/app/start-bot';
import { targetOf } from '../../src/core/channel-of';
import { roundMessage } from '../../src/core/messages/round-message';
import { capturedLog } from '../helpers/captured-log';
import { FakeClock } from '../helpers/fake-clock';
import { tempDir } from '../helpers/temp-dir';
import { cardOf, cardText, FakeConnector } from '../teams/helpers/fake-connector';
import { ANNA, COORD, cardSubmit, channelMessage, installInTeam, personalConversationId, TEAM } from '../teams/helpers/teams-activities';
import { TEAMS_PROGRAM_YAML } from '../teams/helpers/teams-program';

/** A channel of the team that the program file does not name, and that is not General. */
const FRAGOR = '19:fragor@thread.tacv2';

const dir = tempDir();
afterAll(() => dir.remove());

let stores = 0;

/** The bot as `npm start` starts it, on a Teams program, with these settings; its log kept. */
async function start(env: Record<string, string>) {
  const file = join(dir.path, 'program.yaml');
  writeFileSync(file, TEAMS_PROGRAM_YAML);
  const captured = capturedLog('info');
  const bot = await startBot({
    env: {
      PORT: '0',
      HOST: '127.0.0.1',
      PROGRAM_FILE: file,
      STORE_URL: `sqlite://${join(dir.path, `lnb-${++stores}.sqlite`)}`,
      SCHEDULE: 'off',
      LNB_LANG: 'en',
      ...env,
    },
    cwd: dir.path,
    clock: new FakeClock('2026-11-23T10:00:00Z'),
    logger: captured.log,
  });
  return { bot, lines: captured.lines };
}

/** POSTs an activity as the Playground does: JSON, no Authorization header. */
const sendUnsigned = (bot: RunningBot, activity: Partial<Activity>) =>
  fetch(`http://127.0.0.1:${bot.port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });

describe('TEAMS_PLAYGROUND=on: a Teams program driven offline, as the Agents Playground does', () => {
  let connector: FakeConnector;
  let bot: RunningBot | undefined;
  beforeEach(async () => {
    connector = await FakeConnector.start();
    connector.teamChannels.set(TEAM, [{ id: TEAM }, { id: FRAGOR, name: 'Frågor' }]);
  });
  afterEach(async () => {
    await bot?.stop();
    bot = undefined;
    await connector.close();
  });

  it('takes unsigned activities: install, link in a non-General channel, the round card there, an answer, summary', async () => {
    const started = await start({ TEAMS_PLAYGROUND: 'on' });
    bot = started.bot;
    // Said at start, as a warning (pino's level 40) naming the setting.
    expect(started.lines).toContainEqual(
      expect.objectContaining({ level: 40, setting: 'TEAMS_PLAYGROUND', msg: expect.stringMatching(/Teams requests are NOT authenticated/) }),
    );
    expect(Object.keys(bot.ctx.ports).sort()).toEqual(['local', 'teams']);

    expect((await sendUnsigned(bot, installInTeam(connector.url, TEAM, TEAM))).status).toBe(200);
    const link = channelMessage(connector.url, COORD, 'link katrineholm', FRAGOR);
    expect((await sendUnsigned(bot, link)).status).toBe(200);
    expect(String(connector.activities(link.conversation?.id).at(-1)?.body.text).replace(/\u200b/g, '')).toMatch(/kopplad till nätverket Katrineholm/);
    const kat = bot.program.networks.find((n) => n.id === 'katrineholm');
    const target = kat && (await targetOf(bot.ctx, kat));
    expect(target).toMatchObject({ platform: 'teams', channel: FRAGOR });
    const round = bot.program.rounds[0];
    if (!target || !kat || !round) throw new Error('setup');

    // The round card goes to Frågor through the port the schedule sends through.
    const receipt = await bot.ctx.ports.teams?.post(target, roundMessage(bot.program, round, kat, 'post', 'sv'), 'k1');
    const posted = connector.activities(FRAGOR);
    expect(posted).toHaveLength(1);
    const open = ((cardOf(posted[0]?.body ?? {})?.actions ?? []) as { data: Record<string, unknown> }[])[0]?.data ?? {};
    expect(open).toMatchObject({ lnb: 'open', network: 'katrineholm' });

    await sendUnsigned(bot, cardSubmit(connector.url, ANNA, open, receipt?.id ?? '', `${FRAGOR};messageid=${receipt?.id}`));
    const form = cardOf(connector.activities(personalConversationId(ANNA)).at(-1)?.body ?? {});
    const submit = ((form?.actions ?? []) as { data: Record<string, unknown> }[])[0]?.data ?? {};
    expect(submit).toMatchObject({ lnb: 'submit', network: 'katrineholm' });
    await sendUnsigned(bot, cardSubmit(connector.url, ANNA, { ...submit, 'q.syfte': 'Mer avlösning på kvällarna.', 'f.role': 'anhorig', 'f.consent': 'true' }, 'act-form'));
    expect(await bot.store.replies.list({ program: 'teams-test' })).toEqual([expect.objectContaining({ network: 'katrineholm', text: 'Mer avlösning på kvällarna.' })]);

    await sendUnsigned(bot, channelMessage(connector.url, COORD, 'summary', FRAGOR));
    const coordChat = personalConversationId(COORD);
    await connector.waitFor(() => connector.activities(coordChat).some((c) => cardText(cardOf(c.body)).includes('Word')), 60_000);
    expect(cardText(cardOf(connector.activities(coordChat).at(-1)?.body ?? {}))).toMatch(/Katrineholm: 1 person, 1 svar/);

    // Every call went to the serviceUrl the activities named, and none carried a token.
    expect(connector.calls.length).toBeGreaterThan(5);
    expect(connector.calls.filter((c) => c.authorization !== undefined)).toEqual([]);
  });

  it('without the flag, the same program needs MicrosoftAppId, and then the same unsigned request is refused with 401', async () => {
    await expect(start({})).rejects.toMatchObject({ problems: [expect.objectContaining({ path: 'MicrosoftAppId' })] });
    bot = (
      await start({ MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'secret', MicrosoftAppTenantId: 'tenant-1' })
    ).bot;
    expect((await sendUnsigned(bot, installInTeam(connector.url, TEAM, TEAM))).status).toBe(401);
    expect((await sendUnsigned(bot, channelMessage(connector.url, COORD, 'link katrineholm', FRAGOR))).status).toBe(401);
    expect(connector.calls).toEqual([]);
    expect(await bot.store.contacts.get('teams', `conversation:${FRAGOR}`)).toBeUndefined();
  });

  it('answers this machine only, as the local trial does: a request naming another host is refused', async () => {
    bot = (await start({ TEAMS_PLAYGROUND: 'on' })).bot;
    const body = JSON.stringify(installInTeam(connector.url, TEAM, TEAM));
    // fetch would not send another Host header; a page that rebinds its name to 127.0.0.1 does.
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: bot?.port, path: '/api/messages', method: 'POST', headers: { 'content-type': 'application/json', host: 'attacker.example' } },
        (res) => {
          res.resume();
          resolve(res.statusCode);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
    expect(status).toBe(403);
    expect(connector.calls).toEqual([]);
  });
});
