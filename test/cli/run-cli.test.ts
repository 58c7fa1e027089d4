import { join } from 'node:path';
import type { CliIo } from '../../src/cli/cli-io';
import { runCli } from '../../src/cli/run-cli';
import { runCliCaptured } from '../helpers/run-cli';

const repo = join(__dirname, '../..');

describe('runCli', () => {
  it('prints help with exit 0 when asked, in any of its spellings, and exit 2 with nothing', async () => {
    for (const ask of ['help', '--help', '-h']) {
      const r = await runCliCaptured([ask], { cwd: repo });
      expect(r).toMatchObject({ code: 0, stderr: '' });
      expect(r.stdout).toContain('Användning: lnb');
    }
    const none = await runCliCaptured([], { cwd: repo });
    expect(none.code).toBe(2);
    expect(none.stdout).toContain('Användning: lnb');
  });

  it('names an unknown command and exits 2', async () => {
    const unknown = await runCliCaptured(['compil'], { cwd: repo, locale: 'en' });
    expect(unknown).toMatchObject({ code: 2, stdout: '' });
    expect(unknown.stderr).toContain('Unknown command: compil');
    const markup = await runCliCaptured(['<b>🙂</b>'], { cwd: repo, locale: 'en' });
    expect(markup.stderr).toContain('Unknown command: <b>🙂</b>');
  });

  it('takes --lang anywhere on the line, as one word or two, and leaves it out of the command’s arguments', async () => {
    for (const argv of [['--lang', 'en', 'help'], ['help', '--lang', 'en'], ['--lang=en', 'help'], ['help', '--lang=en']]) {
      const r = await runCliCaptured(argv, { cwd: repo, locale: 'sv' });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Usage: lnb');
    }
    // check would refuse an option it does not know; --lang never reaches it.
    const check = await runCliCaptured(['check', 'examples/program.en.yaml', '--lang', 'en', '--json'], { cwd: repo });
    expect(check.code).toBe(0);
    expect(() => JSON.parse(check.stdout)).not.toThrow();
  });

  it('writes a draft in the language --lang asks for, over the program’s, however the line is written', async () => {
    const args = ['compile', '--input', 'examples/replies.sv.jsonl', '--program', 'examples/program.sv.yaml', '--format', 'json'];
    for (const argv of [[...args, '--lang', 'en'], ['--lang=en', ...args]]) {
      const r = await runCliCaptured(argv, { cwd: repo, locale: 'sv' });
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).locale).toBe('en');
    }
    // Without --lang, the program's language, whatever the terminal's.
    const own = await runCliCaptured(args, { cwd: repo, locale: 'en' });
    expect(JSON.parse(own.stdout).locale).toBe('sv');
  });

  it('shows the help for "--help" or "-h" after a command, in the line’s language', async () => {
    for (const flag of ['--help', '-h']) {
      const r = await runCliCaptured(['compile', flag], { cwd: repo, locale: 'sv' });
      expect(r).toMatchObject({ code: 0, stderr: '' });
      expect(r.stdout).toContain('Användning: lnb');
    }
    expect((await runCliCaptured(['compile', '--help', '--lang', 'en'], { cwd: repo, locale: 'sv' })).stdout).toContain('Usage: lnb');
  });

  it('keeps the language it has for a --lang it does not know', async () => {
    const r = await runCliCaptured(['help', '--lang', 'fr'], { cwd: repo, locale: 'en' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: lnb');
    const sv = await runCliCaptured(['--lang=de', 'help'], { cwd: repo, locale: 'sv' });
    expect(sv.stdout).toContain('Användning: lnb');
  });

  it('turns a command’s error into a message and an exit code, never a throw', async () => {
    const lines: string[] = [];
    const io: CliIo = {
      stdout: (t) => lines.push(t),
      stderr: (t) => lines.push(t),
      cwd: repo,
      env: {},
      now: () => new Date('2026-11-23T09:00:00.000Z'),
      locale: 'en',
    };
    await expect(runCli(['check', 'examples/no-such-program.yaml'], io)).resolves.toBe(2);
    expect(lines.join('')).toContain('no-such-program.yaml');
    await expect(runCli(['export', '--bogus'], io)).resolves.toBe(2);
    expect(lines.join('')).toContain('--bogus');
  });
});
