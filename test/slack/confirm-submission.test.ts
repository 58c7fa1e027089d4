import { confirmSubmission } from '../../src/slack/confirm-submission';
import type { FormMetadata } from '../../src/slack/form-metadata';
import { realRuntime } from './real-runtime';
import { fakeSlackAndContextForEach } from './slack-harness';

const { fake, t } = fakeSlackAndContextForEach();

const ref = { kind: 'answer' as const, program: 'slack-test', round: 1, network: 'eskilstuna' };
const inChannel: FormMetadata = { ref, user: 'U0PART', channel: 'C0ESK' };
const sent = (method: string) => fake.accepted(method).map((c) => ({ channel: c.args.channel, user: c.args.user, text: c.args.text }));

describe('confirmSubmission', () => {
  it('confirms privately in the channel the form was opened from, the text as given', async () => {
    const rt = realRuntime(t, fake);
    await confirmSubmission(rt, inChannel, 'U0PART', 'V1', 'Tack! 🌱 &lt;sparat&gt;');
    expect(sent('chat.postEphemeral')).toEqual([{ channel: 'C0ESK', user: 'U0PART', text: 'Tack! 🌱 &lt;sparat&gt;' }]);
    expect(sent('chat.postMessage')).toEqual([]);
  });

  it('confirms a modal once, however often its submission comes, and another modal again', async () => {
    const rt = realRuntime(t, fake);
    await Promise.all([confirmSubmission(rt, inChannel, 'U0PART', 'V1', 'Tack!'), confirmSubmission(rt, inChannel, 'U0PART', 'V1', 'Tack!')]);
    await confirmSubmission(rt, inChannel, 'U0PART', 'V1', 'Tack!');
    expect(sent('chat.postEphemeral')).toHaveLength(1);
    await confirmSubmission(rt, inChannel, 'U0PART', 'V2', 'Tack igen!');
    expect(sent('chat.postEphemeral')).toHaveLength(2);
  });

  it('says it in the person’s direct message when the form was opened from one (no channel)', async () => {
    const rt = realRuntime(t, fake);
    await confirmSubmission(rt, { ref, user: 'U0PART' }, 'U0PART', 'V1', 'Tack!');
    expect(sent('chat.postEphemeral')).toEqual([]);
    expect(sent('chat.postMessage')).toEqual([{ channel: 'U0PART', user: undefined, text: 'Tack!' }]);
  });

  it('says it in the direct message when the bot is no longer in the channel', async () => {
    fake.failWith('chat.postEphemeral', 'not_in_channel');
    const rt = realRuntime(t, fake);
    await confirmSubmission(rt, inChannel, 'U0PART', 'V1', 'Tack!');
    expect(sent('chat.postMessage')).toEqual([{ channel: 'U0PART', user: undefined, text: 'Tack!' }]);
  });

  it('says nothing more when Slack did not answer in time: the confirmation may be there already', async () => {
    const held = fake.hold('chat.postEphemeral', 1);
    const rt = realRuntime(t, fake, { timeoutMs: 300 });
    await confirmSubmission(rt, inChannel, 'U0PART', 'V1', 'Tack!');
    held.release();
    expect(fake.calls.filter((c) => c.method === 'chat.postEphemeral')).toHaveLength(1);
    expect(fake.calls.filter((c) => c.method === 'chat.postMessage')).toEqual([]);
  });
});
