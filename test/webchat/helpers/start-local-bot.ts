import { join } from 'node:path';
import { type RunningBot, startBot } from '../../../src/app/start-bot';
import { FakeClock } from '../../helpers/fake-clock';

const repo = join(__dirname, '../../..');

/**
 * The bot as `npm start` runs it with nothing configured (the local trial:
 * web chat, Teams bot without authentication, example program), on a free
 * loopback port over a SQLite file in `dir`. The clock stands where round 1's
 * questions have gone out (19 November) and its meeting (3 December) is ahead.
 */
export function startLocalBot(dir: string, clock = new FakeClock('2026-11-23T10:00:00Z')): Promise<RunningBot> {
  return startBot({
    env: {
      PORT: '0',
      HOST: '127.0.0.1',
      STORE_URL: `sqlite://${join(dir, 'lnb.sqlite')}`,
      PROGRAM_FILE: join(repo, 'examples/program.sv.yaml'),
      LOG_LEVEL: 'silent',
    },
    cwd: dir,
    clock,
  });
}
