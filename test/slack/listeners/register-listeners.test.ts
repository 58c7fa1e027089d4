import { capturedLog } from '../../helpers/captured-log';
import { type SlackHarness, startSlackHarness } from '../slack-harness';
import { blockActionsBody, commandBody } from '../slack-payloads';

describe('registerListeners', () => {
  let h: SlackHarness;
  let lines: Record<string, unknown>[];
  beforeEach(async () => {
    const captured = capturedLog('info');
    lines = captured.lines;
    h = await startSlackHarness({ log: captured.log });
  });
  afterEach(async () => {
    await h.close();
  });

  it('logs a listener that fails with Bolt’s message and code only, never what the person typed', async () => {
    // Slack's response_url cannot be reached: the command's answer fails inside its listener.
    const body = commandBody({ command: '/lnb', text: 'hemligt-ord 🌱 <!channel>', user: 'U0PART', channel: 'C0ESK', responseUrl: 'http://127.0.0.1:1/respond/x' });
    expect((await h.post(body)).status).toBe(200);
    await h.adapter.stop(); // Stopping waits for every request taken and all it started.
    const failed = lines.filter((l) => l.msg === 'slack listener failed');
    expect(failed).toHaveLength(1);
    expect(typeof failed[0]?.err).toBe('string');
    expect(JSON.stringify(lines)).not.toContain('hemligt-ord');
  });

  it('puts the repeat check before every listener: a repeated click reaches no handler', async () => {
    const value = JSON.stringify({ program: 'slack-test', round: 1, network: 'eskilstuna' });
    const click = blockActionsBody({ user: 'U0PART', channel: 'C0ESK', actionId: 'lnb_delete_my_data', value, responseUrl: h.fake.responseUrl('d'), triggerId: 'T-same' });
    await h.post(click);
    await h.post(click, { 'x-slack-retry-num': '1' });
    await h.adapter.stop();
    expect(h.fake.responses.filter((r) => r.id === 'd')).toHaveLength(1);
    expect(lines.filter((l) => l.msg === 'slack request repeated; dropped')).toHaveLength(1);
  });
});
