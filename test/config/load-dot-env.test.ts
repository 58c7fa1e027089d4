import { execFile } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { tempDir } from '../helpers/temp-dir';

// process.loadEnvFile writes the process's own environment, which Jest's
// sandboxed process.env does not show: the built module runs in a child
// Node, which prints what it then sees.
const built = join(__dirname, '../../dist/config/load-dot-env.js');
const NAMES = ['LNB_TEST_DOTENV_A', 'LNB_TEST_DOTENV_B', 'LNB_TEST_DOTENV_C'];

async function envAfterLoading(dir: string, env: NodeJS.ProcessEnv = {}): Promise<Record<string, string | undefined>> {
  if (!existsSync(built)) throw new Error('dist/ is missing: run `npm run build` (npm test does it first)');
  const script = `require(${JSON.stringify(built)}).loadDotEnv(${JSON.stringify(dir)});
process.stdout.write(JSON.stringify(Object.fromEntries(${JSON.stringify(NAMES)}.map((n) => [n, process.env[n]]))));`;
  const { stdout } = await promisify(execFile)(process.execPath, ['-e', script], { env: { PATH: process.env.PATH, ...env } });
  return JSON.parse(stdout) as Record<string, string | undefined>;
}

describe('loadDotEnv', () => {
  const dir = tempDir();
  afterAll(() => dir.remove());

  it('loads .env from the folder, with quoted values and comments as dotenv writes them', async () => {
    writeFileSync(join(dir.path, '.env'), '# settings\nLNB_TEST_DOTENV_A=plain\nLNB_TEST_DOTENV_B="with spaces 🙂 # not a comment"\n');
    expect(await envAfterLoading(dir.path)).toEqual({ LNB_TEST_DOTENV_A: 'plain', LNB_TEST_DOTENV_B: 'with spaces 🙂 # not a comment' });
  });

  it('never overrides a variable already set in the environment, even to empty', async () => {
    writeFileSync(join(dir.path, '.env'), 'LNB_TEST_DOTENV_A=from-file\nLNB_TEST_DOTENV_B=from-file\nLNB_TEST_DOTENV_C=from-file\n');
    const env = await envAfterLoading(dir.path, { LNB_TEST_DOTENV_A: 'from-deployment', LNB_TEST_DOTENV_B: '' });
    expect(env).toEqual({ LNB_TEST_DOTENV_A: 'from-deployment', LNB_TEST_DOTENV_B: '', LNB_TEST_DOTENV_C: 'from-file' });
  });

  it('does nothing in a folder without .env', async () => {
    const empty = tempDir();
    try {
      expect(await envAfterLoading(empty.path)).toEqual({});
    } finally {
      empty.remove();
    }
  });
});
