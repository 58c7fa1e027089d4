import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMANDS } from '../../../src/core/commands/command-table';

const repo = join(__dirname, '../../..');
const readme = readFileSync(join(repo, 'README.md'), 'utf8');
const headings = readme.split('\n').filter((l) => /^##? /.test(l));

describe('the command table and the README', () => {
  it("lists every command's shown words in Swedish and English", () => {
    for (const c of COMMANDS) {
      expect(readme).toContain(`| \`${c.words.sv[0]}`);
      expect(readme).toContain(`| \`${c.words.en[0]}`);
    }
  });

  it("puts the newcomer's part first (try it, Slack, Teams, a program) and the operator's after", () => {
    const at = (h: string) => headings.indexOf(h);
    const newcomer = ['## Try it', '## Connect Slack', '## Connect Teams', '## Write a program'].map(at);
    expect(newcomer.every((i) => i > 0)).toBe(true);
    expect(newcomer).toEqual([...newcomer].sort((a, b) => a - b));
    for (const operator of ['## Configuration', '## Reliability', '## Development']) expect(at(operator)).toBeGreaterThan(Math.max(...newcomer));
  });

  it('shows the trial in Swedish and English: the participant form, the leader minutes and the coordinator status', () => {
    for (const shot of ['participant-form', 'leader-minutes', 'coordinator-status']) {
      for (const locale of ['sv', 'en']) {
        const file = `docs/trial-${shot}-${locale}.png`;
        expect(readme).toContain(`(${file})`);
        expect(existsSync(join(repo, file))).toBe(true);
      }
    }
  });
});
