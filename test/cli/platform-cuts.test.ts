import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCliCaptured } from '../helpers/run-cli';
import { tempDir } from '../helpers/temp-dir';
import { SLACK_PROGRAM_YAML } from '../slack/slack-program';

const repo = join(__dirname, '../..');
const dir = tempDir();
afterAll(() => dir.remove());

const stem = 'Jag har fått stöd från kommunens anhörigkonsulent och det har fungerat';
const long = (end: string) => `${stem} ${end}`; // 76 and more characters: past Slack's 75
const mid = 'Ja, stödet har hjälpt mig mycket under hela det senaste året.'; // 61 characters: past Teams, within Slack

function write(name: string, yaml: string): string {
  const file = join(dir.path, name);
  writeFileSync(file, yaml);
  return file;
}

const withOptions = (yaml: string, options: string[]) => yaml.replace('options: [Ja, Delvis, Nej]', `options:\n${options.map((o) => `          - "${o}"`).join('\n')}`);

describe('lnb check warns about texts a platform will cut', () => {
  it('names each option and question past Slack limits, with the limit, in English and Swedish, and still exits 0 with the plan', async () => {
    const question = `Vilka behov har du? ${'Beskriv gärna. '.repeat(140)}`; // past 2,000
    const yaml = withOptions(SLACK_PROGRAM_YAML, [long('det var bra'), long('det var dåligt'), 'Nej']).replace('text: Vilket stöd har hjälpt dig mest?', `text: "${question}"`);
    const file = write('slack.yaml', yaml);

    const en = await runCliCaptured(['check', file, '--lang', 'en'], { cwd: repo });
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('The program file is valid');
    expect(en.stderr).toContain('3 warnings');
    expect(en.stderr).toContain(`rounds[0].questions[2].options[0]: ${long('det var bra').length} characters; Slack shows at most 75 of an option`);
    expect(en.stderr).toContain('rounds[0].questions[2].options[1]:');
    expect(en.stderr).not.toContain('options[2]');
    expect(en.stderr).toMatch(/rounds\[0\]\.questions\[1\]\.text: \d+ characters; Slack shows at most 2000 of a question/);
    expect(en.stderr).not.toContain('Teams');

    const sv = await runCliCaptured(['check', file, '--lang', 'sv'], { cwd: repo });
    expect(sv.code).toBe(0);
    expect(sv.stderr).toContain('3 varningar');
    expect(sv.stderr).toContain(`rounds[0].questions[2].options[1]: ${long('det var dåligt').length} tecken; Slack visar högst 75 av ett svarsalternativ`);

    // --json keeps stdout to the plan alone.
    const json = await runCliCaptured(['check', file, '--json'], { cwd: repo });
    expect(() => JSON.parse(json.stdout)).not.toThrow();
    expect(json.stderr).toContain('varningar');
  });

  it('uses the Teams limit for a program on Teams, and says nothing for a program with nothing cut', async () => {
    const teams = SLACK_PROGRAM_YAML.replaceAll('platform: slack', 'platform: teams');
    const file = write('teams.yaml', withOptions(teams, [mid, 'Nej']));
    const en = await runCliCaptured(['check', file, '--lang', 'en'], { cwd: repo });
    expect(en.code).toBe(0);
    expect(en.stderr).toContain('1 warning:');
    expect(en.stderr).toContain(`rounds[0].questions[2].options[0]: ${mid.length} characters; Teams shows an option on one line, about 60 characters`);

    const plain = await runCliCaptured(['check', write('plain.yaml', SLACK_PROGRAM_YAML), '--lang', 'en'], { cwd: repo });
    expect(plain.code).toBe(0);
    expect(plain.stderr).toBe('');
  });
});
