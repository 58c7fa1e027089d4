import { FIGURES_FILE, figuresTable, readFigures } from './helpers/figures';

/** Prints the run's figures as a Markdown table (they are also in test/artifacts/reliability.json). */
export default function globalTeardown(): void {
  const figures = readFigures();
  if (figures.length === 0) return;
  process.stdout.write(`\nReliability figures (${FIGURES_FILE}):\n\n${figuresTable(figures)}\n\n`);
}
