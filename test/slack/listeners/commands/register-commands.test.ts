import { COMMANDS } from '../../../../src/core/commands/command-table';
import { slackHarnessForEach } from '../../slack-harness';
import { type CommandFields, commandBody } from '../../slack-payloads';

const h = slackHarnessForEach();

describe('the slash commands registered', () => {
  it('answer /lnb and every command’s own slash command from the table, privately', async () => {
    const slashes = ['/lnb', ...COMMANDS.flatMap((c) => (c.slackSlash ? [c.slackSlash] : []))];
    expect(slashes).toContain('/summary');
    for (const slash of slashes) {
      const res = await h.command(commandBody({ command: slash as CommandFields['command'], text: '', user: 'U0COORD', channel: 'C0ESK', responseUrl: h.fake.responseUrl(slash) }));
      expect(res.status).toBe(200);
      expect(res.json()).toMatchObject({ response_type: 'ephemeral' });
      expect(h.fake.responses.at(-1)?.id).toBe(slash);
    }
  });

  it('leave a slash command the app does not have unanswered (acknowledged, nothing run)', async () => {
    // Not one of the app's, nor one of theirs with something before or after it.
    for (const other of ['/other', '/lnbx', '/summary2', 'x/lnb']) {
      const res = await h.post(commandBody({ command: other as CommandFields['command'], text: 'help', user: 'U0COORD', channel: 'C0ESK', responseUrl: h.fake.responseUrl('other') }));
      expect(res.status).toBe(200);
    }
    await h.adapter.stop(); // Stopping waits for every request taken and all it started.
    expect(h.fake.responses).toEqual([]);
  });
});
