#!/usr/bin/env node
// Reports how many modules in src/ have a test file of their own name:
// test/x/y.test.ts, test/x/y.e2e.test.ts or test/x/y.browser.test.ts for src/x/y.ts.
// It only reports (exit code 0): tests mirror src/ file by file, and this shows the rest.
//   node scripts/check-test-mirror.mjs [SRC_DIR] [TEST_DIR]
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const srcDir = resolve(process.argv[2] ?? join(root, 'src'));
const testDir = resolve(process.argv[3] ?? join(root, 'test'));

/** The kinds of test file that count as a module's own test. */
const SUFFIXES = ['.test.ts', '.e2e.test.ts', '.browser.test.ts'];

/** Every .ts file under dir (declaration files left out), as paths relative to dir with '/'. */
function modules(dir) {
  const found = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) {
        found.push(relative(dir, path).split(sep).join('/'));
      }
    }
  };
  walk(dir);
  return found;
}

const all = modules(srcDir);
const missing = all.filter((module) => {
  const stem = module.slice(0, -'.ts'.length);
  return !SUFFIXES.some((suffix) => existsSync(join(testDir, stem + suffix)));
});

const lines = [
  `${all.length - missing.length} of ${all.length} modules in src/ have a test file of their name.`,
];
if (missing.length > 0) {
  lines.push(`Without one (${missing.length}):`, ...missing.map((module) => `  ${module}`));
}
process.stdout.write(`${lines.join('\n')}\n`);
