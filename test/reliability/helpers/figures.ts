import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';

export const FIGURES_FILE = join(__dirname, '../../artifacts/reliability.json');

/** One line of the suite's summary: what was done and what came out. */
export interface Figure {
  area: 'burst' | 'crash' | 'faults' | 'hostile' | 'access' | 'privacy';
  case: string;
  requests?: number;
  acknowledged?: number;
  stored?: number;
  perSecond?: number;
  p50Ms?: number;
  p99Ms?: number;
  note?: string;
}

export function readFigures(): Figure[] {
  return existsSync(FIGURES_FILE) ? (JSON.parse(readFileSync(FIGURES_FILE, 'utf8')) as { figures: Figure[] }).figures : [];
}

/** Adds a figure to test/artifacts/reliability.json; test files run one after another, so read-then-write is safe. */
export function recordFigure(figure: Figure): void {
  const figures = [...readFigures(), figure];
  mkdirSync(dirname(FIGURES_FILE), { recursive: true });
  writeFileSync(FIGURES_FILE, `${JSON.stringify({ machine: machine(), figures }, null, 2)}\n`);
}

function machine(): string {
  return `${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`;
}

const cell = (v: number | string | undefined, digits = 0) => (v === undefined ? '' : typeof v === 'number' ? v.toFixed(digits) : v);

export function figuresTable(figures: Figure[]): string {
  const lines = [
    '| area | case | requests | acked | stored | req/s | ack p50 (ms) | ack p99 (ms) | note |',
    '|---|---|---:|---:|---:|---:|---:|---:|---|',
    ...figures.map(
      (f) =>
        `| ${f.area} | ${f.case} | ${cell(f.requests)} | ${cell(f.acknowledged)} | ${cell(f.stored)} | ${cell(f.perSecond)} | ${cell(f.p50Ms, 1)} | ${cell(f.p99Ms, 1)} | ${f.note ?? ''} |`,
    ),
  ];
  return lines.join('\n');
}
