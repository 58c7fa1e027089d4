import type { Person } from '../../src/core/person';
import { submitForm } from '../../src/core/submit-form';
import { ACTION_IDS } from '../../src/slack/action-value';
import { eventually, type SlackHarness, startSlackHarness } from './slack-harness';
import { blockActionsBody, commandBody, selectedRole, typed, viewSubmissionBody } from './slack-payloads';

// `/lnb answer` keeps to the one rule of core/answer-network.ts, over Slack's HTTP path.
let h: SlackHarness;
beforeEach(async () => {
  h = await startSlackHarness();
});
afterEach(async () => {
  await h.close();
});

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

/** Clicks a button whose value was made by hand, in `channel`; what the modal then shows. */
async function click(value: Record<string, unknown>, user: string, channel: string): Promise<string> {
  const before = h.fake.accepted('views.update').length;
  const res = await h.post(blockActionsBody({ user, channel, actionId: ACTION_IDS.answer, value: JSON.stringify(value), responseUrl: h.fake.responseUrl('b') }));
  expect(res.status).toBe(200);
  await eventually(() => h.fake.accepted('views.update').length > before);
  return JSON.stringify(h.fake.accepted('views.update').at(-1)?.args.view);
}

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

  it('a submitted modal naming a network that is not theirs saves nothing', async () => {
    // A view as if the bot had opened Katrineholm's form for them (Slack would never send one; a forged payload might).
    const opened = JSON.parse(await click({ ...katrineholm, network: 'eskilstuna' }, 'U0PART', 'C0ESK')) as { blocks: unknown[]; private_metadata: string; callback_id: string };
    const meta = JSON.parse(opened.private_metadata) as { ref: { network: string } };
    meta.ref.network = 'katrineholm';
    const res = await h.post(
      viewSubmissionBody({ user: 'U0PART', viewId: 'V0FORGED', view: { ...opened, private_metadata: JSON.stringify(meta) }, values: { behov: typed('Inte mitt nätverk'), lnb_role: selectedRole('anhorig') } }),
    );
    // Opened in Eskilstuna's channel (as the view says): only Eskilstuna's answers are taken from it.
    expect(JSON.stringify(res.json())).toMatch(/Här i kanalen svarar du för Eskilstuna/);
    expect(await h.t.store.replies.list({ program: 'slack-test' })).toEqual([]);
  });
});
