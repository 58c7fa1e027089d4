import type { ChildProcess } from 'node:child_process';
import { freePort, spawnRedis } from '../../helpers/redis-server';

/**
 * A redis-server that can be stopped and started again on the same port
 * with its data kept (append-only file, fsync on every write, as a
 * deployment that promises "saved" would run it).
 */
export class DurableRedis {
  private proc: ChildProcess | undefined;
  private constructor(
    readonly port: number,
    private readonly dir: string,
  ) {}

  static async start(dir: string): Promise<DurableRedis> {
    const redis = new DurableRedis(await freePort(), dir);
    await redis.up();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async up(): Promise<void> {
    const args = ['--port', String(this.port), '--bind', '127.0.0.1', '--dir', this.dir, '--save', '', '--appendonly', 'yes', '--appendfsync', 'always'];
    this.proc = await spawnRedis(args);
  }

  /** Stops the server at once (SIGKILL: the store "becomes unavailable"), keeping its files. */
  down(): Promise<void> {
    const proc = this.proc;
    this.proc = undefined;
    return new Promise<void>((resolve) => {
      if (!proc || proc.exitCode !== null || proc.signalCode !== null) return resolve();
      proc.once('exit', () => resolve());
      proc.kill('SIGKILL');
    });
  }
}
