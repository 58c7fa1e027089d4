import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tempDir } from '../helpers/temp-dir';

const SCRIPT = join(__dirname, '../../scripts/check-test-mirror.mjs');

/** Runs the check on a small tree of `files` (paths under the temp dir: src/… and test/…). */
function checkTree(files: Record<string, string>): { status: number | null; stdout: string; stderr: string } {
  const dir = tempDir();
  try {
    mkdirSync(join(dir.path, 'src'), { recursive: true });
    mkdirSync(join(dir.path, 'test'), { recursive: true });
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir.path, path)), { recursive: true });
      writeFileSync(join(dir.path, path), text);
    }
    const run = spawnSync(process.execPath, [SCRIPT, join(dir.path, 'src'), join(dir.path, 'test')], { encoding: 'utf8' });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
  } finally {
    dir.remove();
  }
}

describe('scripts/check-test-mirror.mjs', () => {
  it('passes when every module with code has a test file of its name, of any of the three kinds', () => {
    const run = checkTree({
      'src/a/b.ts': 'export const b = 1;\n',
      'test/a/b.test.ts': '',
      'src/c.ts': 'export function c() {}\n',
      'test/c.e2e.test.ts': '',
      'src/web/page.ts': 'export class Page {}\n',
      'test/web/page.browser.test.ts': '',
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('3 of 3 modules with code');
  });

  it('fails and names each module with code but no test file of its name, with the fix', () => {
    const run = checkTree({
      'src/a/b.ts': 'export const b = () => 1;\n',
      'test/a/other.test.ts': '',
      'src/a/c.ts': "import type { X } from './x';\nexport enum C { A }\n",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('src/a/b.ts');
    expect(run.stderr).toContain('src/a/c.ts');
    expect(run.stderr).toContain('test/<path>.test.ts');
  });

  it('asks no test of a module that holds only types and constant data', () => {
    const run = checkTree({
      'src/types.ts': [
        "import type { A } from './a';",
        "import { type B } from './b';",
        'export interface C { a: A; b: B }',
        'export type D = C | null;',
        "export type { E } from './e';",
        'declare const F: number;',
      ].join('\n'),
      'src/limits.ts': "export const LIMIT = 3_000;\nexport const L = { a: 1, b: [-2, 'x'] } as const;\n",
      'src/computed.ts': "import type { A } from './a';\nexport type B = A;\nexport const LIMIT = 3 * 1000;\n",
      'src/made.ts': 'export const SET = new Set([1, 2]);\n',
      'src/named.ts': "import { x } from './x';\nexport const Y = { x };\n",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('src/computed.ts');
    expect(run.stderr).toContain('src/made.ts');
    expect(run.stderr).toContain('src/named.ts');
    expect(run.stderr).not.toContain('src/types.ts');
    expect(run.stderr).not.toContain('src/limits.ts');
    expect(run.stdout).toContain('2 hold only types and constants (limits.ts, types.ts)');
  });
});
