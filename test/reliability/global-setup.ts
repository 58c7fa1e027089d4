import { rmSync } from 'node:fs';
import { FIGURES_FILE } from './helpers/figures';

/** Each run starts a fresh figures file, so the table shows this run only. */
export default function globalSetup(): void {
  rmSync(FIGURES_FILE, { force: true });
}
