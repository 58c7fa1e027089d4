import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './helpers/temp-dir';

const repo = join(__dirname, '..');
const entry = join(repo, 'dist/cli.js');
const dir = tempDir();
afterAll(() => dir.remove());

/** The built `lnb` as a person runs it, in a scratch folder with its own env. */
function lnb(args: string[], env: NodeJS.ProcessEnv = {}, cwd = dir.path): Promise<{ code: number | null; stdout: string; stderr: string }> {
  if (!existsSync(entry)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does it first)');
  const proc = spawn(process.execPath, [entry, ...args], { cwd, env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  proc.stdout.on('data', (c: Buffer) => {
    stdout += c.toString();
  });
  proc.stderr.on('data', (c: Buffer) => {
    stderr += c.toString();
  });
  return new Promise((resolve) => proc.once('close', (code) => resolve({ code, stdout, stderr })));
}

describe('the lnb process', () => {
  it('speaks Swedish by default and LNB_LANG when it is a language it has, and exits with the command’s code', async () => {
    const sv = await lnb(['help']);
    expect(sv).toMatchObject({ code: 0, stderr: '' });
    expect(sv.stdout).toContain('Användning: lnb');
    expect((await lnb(['help'], { LNB_LANG: 'en' })).stdout).toContain('Usage: lnb');
    expect((await lnb(['help'], { LNB_LANG: 'fr' })).stdout).toContain('Användning: lnb');
    const unknown = await lnb(['nope'], { LNB_LANG: 'en' });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('Unknown command: nope. Run lnb help to see the commands.\n');
  });

  it('reads .env in the working folder, where the environment does not say otherwise', async () => {
    const withEnv = tempDir();
    try {
      writeFileSync(join(withEnv.path, '.env'), 'LNB_LANG=en\n');
      expect((await lnb(['help'], {}, withEnv.path)).stdout).toContain('Usage: lnb');
      expect((await lnb(['help'], { LNB_LANG: 'sv' }, withEnv.path)).stdout).toContain('Användning: lnb');
    } finally {
      withEnv.remove();
    }
  });

  it('runs a command on real files: check on the example program', async () => {
    const r = await lnb(['check', join(repo, 'examples/program.en.yaml'), '--json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as unknown[]).length).toBeGreaterThan(0);
  });
});
