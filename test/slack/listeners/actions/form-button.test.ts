import { clickAnswerButton, slackHarnessForEach } from '../../slack-harness';

// The Svara and minutes buttons keep to the one rule of core/answer-network.ts, over Slack's HTTP path.
const h = slackHarnessForEach();

const click = (value: Record<string, unknown>, user: string, channel: string) => clickAnswerButton(h, value, user, channel);

describe('hand-made buttons keep to the same rule', () => {
  const katrineholm = { program: 'slack-test', round: 1, network: 'katrineholm' };

  it("in Eskilstuna's channel, a button naming Katrineholm opens no form", async () => {
    const view = await click(katrineholm, 'U0PART', 'C0ESK');
    expect(view).toMatch(/Här i kanalen svarar du för Eskilstuna/);
    expect(view).not.toContain('lnb_form');
  });

  it('in a direct message, a button naming a network that is not theirs opens no form', async () => {
    const view = await click(katrineholm, 'U0PART', 'D0PART');
    expect(view).toMatch(/vilket nätverk du är med i/);
    expect(view).not.toContain('lnb_form');
    // Eskilstuna's own button in its channel makes Eskilstuna theirs, and still not Katrineholm.
    expect(await click({ ...katrineholm, network: 'eskilstuna' }, 'U0PART', 'C0ESK')).toContain('lnb_form');
    expect(await click(katrineholm, 'U0PART', 'D0PART')).toMatch(/svara för Eskilstuna, men inte för Katrineholm/);
  });
});
