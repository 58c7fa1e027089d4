import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseProgram } from '../../src/program/load-program';
import { FakeClock } from '../helpers/fake-clock';
import { tempDir } from '../helpers/temp-dir';
import { eventually } from '../slack/slack-harness';
import { commandBody } from '../slack/slack-payloads';
import { readZip } from '../teams/helpers/read-zip';
import { personalConversationId, personalMessage } from '../teams/helpers/teams-activities';
import { type BotUnderTest, startBotUnderTest } from './helpers/bot-under-test';
import { recordFigure } from './helpers/figures';
import { PROGRAM_ID, reliabilityProgramYaml, SLACK_COORD, slackChannel, slackNetwork, TEAMS_COORD, teamsNetwork } from './helpers/reliability-program';
import { slackSubmission, teamsSender, teamsSubmission } from './helpers/submissions';

const CLI = join(__dirname, '../../dist/cli.js');
const clock = new FakeClock('2026-11-23T10:00:00Z');
const dir = tempDir('lnb-privacy-');
const programFile = join(dir.path, 'program.yaml');
const storeUrl = `sqlite://${join(dir.path, 'lnb.sqlite')}`;
let bot: BotUnderTest;

/** Valid personal identity numbers (Luhn), phone numbers and addresses, as people write them. */
const PERSONAL = [
  'Mitt personnummer är 19121212-1212 om ni behöver det för avlösningen.',
  'Pappas nummer 121212-1212 står i journalen, avlösning behövs på kvällarna.',
  'Ring mig på 070-123 45 67 om avlösning och stöd i hemmet.',
  'Nås på +46 70 123 45 67 eller anna.andersson@example.se när avlösning finns.',
  'Skriv till kontakt.person@kommun.example.se om stöd och avlösning, personnummer 811218-9876.',
];
/** The same data with separators gone, so a reformatted copy is found too. */
const NEEDLES = ['191212121212', '1212121212', '0701234567', '46701234567', '8112189876', 'anna.andersson@example.se', 'kontakt.person@kommun.example.se'];
const normalise = (text: string) => text.replace(/[\s\u00a0\u200b-\u200d\u2060\-+()]/g, '').toLowerCase();
const leaks = (where: string, text: string) => NEEDLES.filter((n) => normalise(text).includes(n)).map((n) => `${where}: ${n}`);

beforeAll(async () => {
  writeFileSync(programFile, reliabilityProgramYaml({ slackNetworks: 1, teamsNetworks: 1 }));
  bot = await startBotUnderTest({ program: parseProgram(readFileSync(programFile, 'utf8'), programFile), storeUrl, cwd: dir.path, clock, logLevel: 'info' });
});
afterAll(async () => {
  await bot?.close();
  dir.remove();
});

describe('personal data in replies', () => {
  it('never reaches a compilation, a message the bot sends, or a log line at info', async () => {
    // Replies come in the real way, with consent to be quoted, on both platforms.
    for (const [i, text] of PERSONAL.entries()) {
      const slack = await bot.postSlack(slackSubmission({ kind: 'answer', program: PROGRAM_ID, round: 1, network: slackNetwork(0) }, `U0P${i}`, slackChannel(0), text));
      expect(slack).toEqual({ status: 200, text: '' });
      const teams = await bot.postTeams(teamsSubmission(bot.connector.url, { kind: 'answer', program: PROGRAM_ID, round: 1, network: teamsNetwork(0) }, `aad-p${i}`, text, `form-p${i}`));
      expect(teams.status).toBe(200);
    }
    expect((await bot.store.replies.list({ question: 'behov' })).length).toBe(2 * PERSONAL.length);

    // The coordinator's compilations: Slack (message and Word file) and Teams (card and the linked Word file).
    await bot.postSlack(commandBody({ command: '/summary', text: '1', user: SLACK_COORD, channel: slackChannel(0), responseUrl: bot.fake.responseUrl('s') }));
    await eventually(() => bot.fake.uploads.length === 1, 30_000);
    const coord = teamsSender(TEAMS_COORD);
    await bot.postTeams(personalMessage(bot.connector.url, coord, 'summary 1'));
    await bot.connector.waitFor(() => JSON.stringify(bot.connector.activities(personalConversationId(coord))).includes('/files/'), 30_000);
    const link = /"url":"(http:\/\/127\.0\.0\.1:\d+\/files\/[^"]+)"/.exec(JSON.stringify(bot.connector.activities(personalConversationId(coord))))?.[1];
    const teamsDocx = Buffer.from(await (await fetch(link ?? '')).arrayBuffer());

    // The CLI's drafts from the same store: Markdown, JSON and Word.
    const cli = (format: string) => {
      const out = join(dir.path, `draft.${format}`);
      execFileSync(process.execPath, [CLI, 'compile', '--program', programFile, '--round', '1', '--format', format, '--out', out], { cwd: dir.path, env: { PATH: process.env.PATH, STORE_URL: storeUrl } });
      return readFileSync(out);
    };
    const docText = (docx: Buffer) => readZip(docx).get('word/document.xml')?.toString('utf8').replace(/<[^>]+>/g, '') ?? '';
    const markdown = cli('md').toString('utf8');
    const json = cli('json').toString('utf8');

    // The drafts did quote the replies (redacted), so the check below looks at real quotes.
    expect(markdown).toMatch(/avlösning/i);
    const found = [
      ...leaks('markdown', markdown),
      ...leaks('json', json),
      ...leaks('cli docx', docText(cli('docx'))),
      ...leaks('slack docx', docText(bot.fake.uploads[0]?.bytes ?? Buffer.alloc(0))),
      ...leaks('teams docx', docText(teamsDocx)),
      ...bot.fake.calls.flatMap((c) => leaks(`slack ${c.method}`, JSON.stringify(c.args))),
      ...bot.connector.calls.flatMap((c) => leaks(`teams ${c.method} ${c.path}`, JSON.stringify(c.body))),
      ...bot.logLines.flatMap((l) => leaks('log', l)),
    ];
    expect(found).toEqual([]);
    expect(bot.logLines.length).toBeGreaterThan(0);
    recordFigure({ area: 'privacy', case: 'identity numbers, phones, e-mail', requests: 2 * PERSONAL.length, stored: 2 * PERSONAL.length, note: `0 found in md/json/3×docx, ${bot.fake.calls.length + bot.connector.calls.length} platform calls, ${bot.logLines.length} info log lines` });
  });
});
