import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../helpers/temp-dir';

export interface LoadRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
  /** Sign as Slack does, at send time, with the job's secret. */
  signSlack?: boolean;
}

export interface LoadResult {
  status: number;
  ms: number;
  text: string;
  error?: string;
}

const CLIENT = join(__dirname, '../../../scripts/reliability/load-client.mjs');

/** Sends the requests from a separate process (scripts/reliability/load-client.mjs) with `concurrency` in flight. */
export async function runLoad(
  requests: LoadRequest[],
  opts: { concurrency: number; slackSecret?: string },
): Promise<{ wallMs: number; results: LoadResult[] }> {
  const dir = tempDir('lnb-load-');
  try {
    const job = join(dir.path, 'job.json');
    writeFileSync(job, JSON.stringify({ concurrency: opts.concurrency, slackSecret: opts.slackSecret, requests }));
    const stdout = await new Promise<string>((resolve, reject) => {
      execFile(process.execPath, [CLIENT, job], { maxBuffer: 1 << 28 }, (error, out, err) => (error ? reject(new Error(`load client: ${err || error.message}`)) : resolve(out)));
    });
    return JSON.parse(stdout) as { wallMs: number; results: LoadResult[] };
  } finally {
    dir.remove();
  }
}

/** The q-quantile of ascending numbers (nearest rank). */
export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

export function latencies(results: LoadResult[]): { p50: number; p99: number; max: number } {
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  return { p50: quantile(ms, 0.5), p99: quantile(ms, 0.99), max: quantile(ms, 1) };
}
