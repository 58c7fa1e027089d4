import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const ENTRY = join(__dirname, '../../../dist/index.js');

export interface BotProcess {
  proc: ChildProcess;
  port: number;
  url: string;
  /** stdout and stderr lines so far (pino's JSON on stdout). */
  lines: string[];
  exited: Promise<number | null>;
  kill(signal: NodeJS.Signals): Promise<number | null>;
}

/**
 * The built bot (`node dist/index.js`, as `npm start` runs it) in a child
 * process with only the given environment, on a free port it reports in
 * its `listening` log line. Resolves once /healthz answers 200.
 */
export async function startBotProcess(env: Record<string, string>, cwd: string): Promise<BotProcess> {
  if (!existsSync(ENTRY)) throw new Error('dist/index.js is missing: run `npm run build` (npm run test:reliability does it first)');
  const proc = spawn(process.execPath, [ENTRY], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let partial = '';
  const collect = (chunk: Buffer) => {
    const text = partial + chunk.toString('utf8');
    const parts = text.split('\n');
    partial = parts.pop() ?? '';
    lines.push(...parts.filter(Boolean));
  };
  proc.stdout?.on('data', collect);
  proc.stderr?.on('data', collect);
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  const until = Date.now() + 20_000;
  let port = 0;
  while (Date.now() < until) {
    if (proc.exitCode !== null) throw new Error(`the bot exited with ${proc.exitCode}: ${lines.join('\n')}`);
    if (!port) {
      const listening = lines.map((l) => /"url":"http:\/\/127\.0\.0\.1:(\d+)"/.exec(l)).find(Boolean);
      port = listening ? Number(listening[1]) : 0;
    }
    if (port && (await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined))?.status === 200) {
      return {
        proc,
        port,
        url: `http://127.0.0.1:${port}`,
        lines,
        exited,
        kill(signal) {
          if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
          return exited;
        },
      };
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  proc.kill('SIGKILL');
  throw new Error(`the bot did not become healthy: ${lines.join('\n')}`);
}
