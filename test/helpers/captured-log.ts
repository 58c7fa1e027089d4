import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../src/logger';

/** A real logger at `level` whose lines are kept, parsed, for a test to read. */
export function capturedLog(level = 'info'): { log: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const out = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { log: createLogger(level, out), lines };
}
