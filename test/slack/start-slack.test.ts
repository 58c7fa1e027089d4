import { roundMessage } from '../../src/core/messages/round-message';
import { capturedLog } from '../helpers/captured-log';
import { eventually, slackHarnessForEach, startSlackHarness } from './slack-harness';
import { blockActionsBody, commandBody } from './slack-payloads';

const h = slackHarnessForEach();

describe('startSlack', () => {
  it('stop() waits for a request Bolt has answered but whose listener is still running', async () => {
    const program = h.t.ctx.program;
    const [round, network] = [program.rounds[0], program.networks[0]];
    if (!round || !network) throw new Error('test program changed');
    await h.adapter.port.post(
      { platform: 'slack', program: 'slack-test', network: 'eskilstuna', channel: 'C0ESK' },
      roundMessage(program, round, network, 'post', 'sv'),
      'slack-test/1/eskilstuna/post/0',
    );
    const actions = h.fake.messages.at(-1)?.blocks.find((b) => (b as { type: string }).type === 'actions') as { elements: { action_id: string; value: string }[] };
    const [answer] = actions.elements;
    if (!answer) throw new Error('no answer button');
    // Slack does not answer views.open until told: the click's listener stays in it, after the ack.
    const slack = h.fake.hold('views.open');
    const click = await h.post(blockActionsBody({ user: 'U0PART', channel: 'C0ESK', actionId: answer.action_id, value: answer.value, responseUrl: h.fake.responseUrl('btn') }));
    expect(click.status).toBe(200);
    await eventually(() => h.fake.calls.some((c) => c.method === 'views.open'));
    let stopped = false;
    const stopping = h.adapter.stop().then(() => {
      stopped = true;
    });
    // stop() cannot be done while views.open is held; once Slack answers, the listener ends and so does stop().
    await new Promise((r) => setImmediate(r));
    expect(stopped).toBe(false);
    slack.release();
    await stopping;
    expect(slack.answered()).toBe(true);
  });

  it('checks the token once at start (auth.test) and not per request', async () => {
    const help = () => commandBody({ command: '/lnb', text: 'help', user: 'U0PART', channel: 'C0ESK', responseUrl: h.fake.responseUrl('r1') });
    await h.post(help());
    await h.post(help());
    await eventually(() => h.fake.calls.filter((c) => c.method === 'users.info').length >= 1);
    expect(h.fake.calls.filter((c) => c.method === 'auth.test')).toHaveLength(1);
  });
});

describe('each request logged with its id', () => {
  it("stamps the lines a command's handling logs with the request's trigger id", async () => {
    const { log, lines } = capturedLog();
    const logged = await startSlackHarness({ log });
    try {
      const body = commandBody({ command: '/lnb', text: 'link katrineholm', user: 'U0COORD', channel: 'C0KAT', responseUrl: logged.fake.responseUrl('cmd'), triggerId: 'trig-77.1' });
      expect((await logged.command(body)).status).toBe(200);
      await eventually(() => lines.some((l) => l.msg === 'channel linked'));
      expect(lines.find((l) => l.msg === 'channel linked')?.req).toBe('trig-77.1');
    } finally {
      await logged.close();
    }
  });
});
