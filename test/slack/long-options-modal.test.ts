import { parseProgram } from '../../src/program/load-program';
import { ACTION_IDS, encodeActionValue } from '../../src/slack/action-value';
import { eventually, type SlackHarness, startSlackHarness } from './slack-harness';
import { blockActionsBody, chosen, selectedRole, viewSubmissionBody } from './slack-payloads';
import { SLACK_PROGRAM_YAML } from './slack-program';

const stem = 'Jag har fått stöd från kommunens anhörigkonsulent och det har fungerat';
const endings = [`${stem} hittills riktigt bra`, `${stem} hittills riktigt dåligt`, 'Nej'];
// These differ only in the middle, with a long common end: a middle cut cannot show the difference.
const middle = [
  `${stem} under våren, tack vare samtalsgruppen på torsdagarna i centrum av staden varje vecka`,
  `${stem} under hösten, tack vare samtalsgruppen på torsdagarna i centrum av staden varje vecka`,
];

const yaml = SLACK_PROGRAM_YAML.replace(
  'options: [Ja, Delvis, Nej]',
  `options:\n${endings.map((o) => `          - "${o}"`).join('\n')}\n      - id: nar\n        kind: choice\n        text: När hjälpte stödet?\n        options:\n${middle.map((o) => `          - "${o}"`).join('\n')}`,
);

let h: SlackHarness;
beforeEach(async () => {
  h = await startSlackHarness({ program: parseProgram(yaml, 'long-options.yaml') });
});
afterEach(async () => {
  await h.close();
});

interface Option {
  text: { text: string };
  value: string;
}
interface OpenedView {
  blocks: { type: string; block_id?: string; element?: { options?: Option[] } }[];
  private_metadata: string;
  callback_id: string;
}

/** Clicks *Svara* of round 1 in Eskilstuna's channel (the button's value as the round post carries it) and returns the form it opens. */
async function openForm(user: string): Promise<{ view: OpenedView; viewId: string }> {
  const value = encodeActionValue({ program: 'slack-test', round: 1, network: 'eskilstuna' });
  const res = await h.post(blockActionsBody({ user, channel: 'C0ESK', actionId: ACTION_IDS.answer, value, responseUrl: h.fake.responseUrl('btn') }));
  expect(res.status).toBe(200);
  const forms = () =>
    h.fake
      .accepted('views.update')
      .map((c) => c.args.view as OpenedView)
      .filter((v) => v.callback_id === 'lnb_form');
  await eventually(() => forms().length > 0);
  return { view: forms()[0] as OpenedView, viewId: `V-${user}-0` };
}

const optionsOf = (view: OpenedView, block: string) => view.blocks.find((b) => b.block_id === block)?.element?.options ?? [];

describe('long options in the Slack form', () => {
  it('are told apart when Slack would cut them alike, and the stored answer is the whole option text', async () => {
    const opened = await openForm('U0PART');

    const shown = optionsOf(opened.view, 'q_nojd').map((o) => o.text.text);
    expect(shown).toHaveLength(3);
    expect(new Set(shown).size).toBe(3);
    for (const text of shown) expect(text.length).toBeLessThanOrEqual(75);
    // Cut in the middle, keeping the end where they differ.
    expect(shown[0]).toMatch(/^Jag har fått stöd.* … .*riktigt bra$/);
    expect(shown[1]).toMatch(/^Jag har fått stöd.* … .*riktigt dåligt$/);
    expect(shown[2]).toBe('Nej');
    expect(optionsOf(opened.view, 'q_nojd').map((o) => o.value)).toEqual(['o0', 'o1', 'o2']);

    // A difference too far from the end to keep: the options are numbered.
    const numbered = optionsOf(opened.view, 'q_nar').map((o) => o.text.text);
    expect(numbered.map((t) => t.slice(0, 3))).toEqual(['1. ', '2. ']);
    expect(new Set(numbered).size).toBe(2);
    for (const text of numbered) expect(text.length).toBeLessThanOrEqual(75);

    const res = await h.post(
      viewSubmissionBody({
        user: 'U0PART',
        view: opened.view as never,
        viewId: opened.viewId,
        values: { q_nojd: chosen(shown[1] ?? '', 'o1'), q_nar: chosen(numbered[0] ?? '', 'o0'), lnb_role: selectedRole('anhorig') },
      }),
    );
    expect(res.status).toBe(200);
    const stored = await h.t.store.replies.list({ program: 'slack-test' });
    expect(Object.fromEntries(stored.map((r) => [r.question, r.option]))).toEqual({ nojd: endings[1], nar: middle[0] });
  });
});
