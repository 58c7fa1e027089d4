import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Loads `.env` from `dir` when there is one. Variables already set in the
 * environment win, so a deployment's settings are never overridden by a stray file.
 */
export function loadDotEnv(dir: string): void {
  const file = join(dir, '.env');
  if (existsSync(file)) process.loadEnvFile(file);
}
