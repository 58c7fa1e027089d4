import type { Person } from '../../src/core/person';
import { submitForm } from '../../src/core/submit-form';
import { eventually, slackHarnessForEach } from './slack-harness';
import { commandBody } from './slack-payloads';

// `/lnb answer` keeps to the one rule of core/answer-network.ts, over Slack's HTTP path.
const h = slackHarnessForEach();

/** Types `/lnb <text>` in `channel`; what the modal then shows (the form, or why not). */
async function lnb(text: string, user: string, channel: string): Promise<string> {
  const res = await h.post(commandBody({ command: '/lnb', text, user, channel, responseUrl: h.fake.responseUrl('c') }));
  expect(res.status).toBe(200);
  await eventually(() => h.fake.accepted('views.update').length === 1);
  return JSON.stringify(h.fake.accepted('views.update')[0]?.args.view);
}

describe('/lnb answer and the one rule for which network', () => {
  it('in a direct message, asks someone who has no network of their own', async () => {
    expect(await lnb('answer', 'U0PART', 'D0PART')).toMatch(/vilket nätverk du är med i/);
  });

  it('in a direct message, refuses a network that is not theirs', async () => {
    expect(await lnb('answer katrineholm', 'U0PART', 'D0PART')).toMatch(/vilket nätverk du är med i/);
  });

  it('in a direct message, opens the form for the network someone answered for before', async () => {
    const person: Person = { platform: 'slack', userId: 'U0PART' };
    const saved = await submitForm(h.t.ctx, person, { kind: 'answer', program: 'slack-test', round: 1, network: 'eskilstuna' }, { values: { behov: 'Hej' }, role: 'chef', consent: false });
    expect(saved.ok).toBe(true);
    const view = await lnb('answer', 'U0PART', 'D0PART');
    expect(view).toContain('lnb_form');
    expect(view).toContain('\\"network\\":\\"eskilstuna\\"');
  });

  it("in a network's channel, refuses another network named", async () => {
    expect(await lnb('answer katrineholm', 'U0PART', 'C0ESK')).toMatch(/Här i kanalen svarar du för Eskilstuna/);
  });
});
