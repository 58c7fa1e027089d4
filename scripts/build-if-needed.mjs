// `npm start` runs this first: it compiles to dist/ only when a source file is
// newer than the build, so a fresh clone starts and a built one starts at once.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((max, e) => {
    const p = join(dir, e.name);
    return Math.max(max, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }, 0);

const built = existsSync('dist/index.js') ? statSync('dist/index.js').mtimeMs : 0;
const sources = Math.max(newest('src'), newest('locales'), statSync('tsconfig.json').mtimeMs);
if (built < sources) execSync('npm run build --silent', { stdio: 'inherit' });
