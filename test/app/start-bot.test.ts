import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type RunningBot, startBot } from '../../src/app/start-bot';
import { createLogger } from '../../src/logger';
import { FakeClock } from '../helpers/fake-clock';
import { tempDir } from '../helpers/temp-dir';
import { FakeSlackApi } from '../slack/fake-slack-api';
import { SIGNING_SECRET } from '../slack/slack-harness';
import { SLACK_PROGRAM_YAML } from '../slack/slack-program';

describe('startBot', () => {
  const dir = tempDir();
  const fake = new FakeSlackApi();
  let bot: RunningBot | undefined;
  beforeAll(async () => fake.start());
  afterAll(async () => {
    await bot?.stop();
    await fake.close();
    dir.remove();
  });

  it('registers every started platform’s port in ctx.ports, where the schedule, summaries and the workbench send', async () => {
    const file = join(dir.path, 'program.yaml');
    writeFileSync(file, SLACK_PROGRAM_YAML);
    bot = await startBot({
      env: {
        PORT: '0',
        HOST: '127.0.0.1',
        PROGRAM_FILE: file,
        STORE_URL: `sqlite://${join(dir.path, 'lnb.sqlite')}`,
        SCHEDULE: 'off',
        SLACK_BOT_TOKEN: fake.token,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: fake.url,
        MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
        MicrosoftAppPassword: 'secret',
        MicrosoftAppTenantId: 'tenant-1',
      },
      cwd: dir.path,
      clock: new FakeClock('2026-11-23T10:00:00Z'),
      logger: createLogger('silent'),
    });
    expect(Object.keys(bot.ctx.ports).sort()).toEqual(['local', 'slack', 'teams']);
    for (const [platform, port] of Object.entries(bot.ctx.ports)) expect(port?.platform).toBe(platform);
  });
});
