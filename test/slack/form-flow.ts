import { roundMessage } from '../../src/core/messages/round-message';
import type { ChannelTarget } from '../../src/core/port';
import { eventually, type SlackHarness } from './slack-harness';
import { blockActionsBody, viewSubmissionBody } from './slack-payloads';

/** A form view as views.update received it. */
export interface OpenedView {
  blocks: { type: string; block_id?: string; element?: Record<string, unknown>; label?: { text: string }; hint?: { text: string } }[];
  private_metadata: string;
  callback_id: string;
  title: { text: string };
}

const target: ChannelTarget = { platform: 'slack', program: 'slack-test', network: 'eskilstuna', channel: 'C0ESK' };

/** Round 1 posted to Eskilstuna, its buttons clicked and its forms opened and submitted, through the harness `harness()` gives. */
export function formFlow(harness: () => SlackHarness) {
  /** Posts round 1 to Eskilstuna through the port and returns its buttons as Slack shows them. */
  async function postRound(): Promise<{ action_id: string; value: string }[]> {
    const h = harness();
    const program = h.t.ctx.program;
    const round = program.rounds[0];
    const network = program.networks[0];
    if (!round || !network) throw new Error('test program changed');
    await h.adapter.port.post(target, roundMessage(program, round, network, 'post', 'sv'), 'slack-test/1/eskilstuna/post/0');
    const actions = h.fake.messages.at(-1)?.blocks.find((b) => (b as { type: string }).type === 'actions') as { elements: { action_id: string; value: string }[] };
    return actions.elements;
  }

  function click(user: string, button: { action_id: string; value: string }, triggerId?: string) {
    const h = harness();
    return h.post(
      blockActionsBody({ user, channel: 'C0ESK', actionId: button.action_id, value: button.value, responseUrl: h.fake.responseUrl('btn'), triggerId }),
    );
  }

  /** The forms shown: each opens as a loading modal (views.open) that the form then replaces (views.update). */
  const openedViews = () =>
    harness()
      .fake.accepted('views.update')
      .map((c) => c.args.view as OpenedView)
      .filter((v) => v.callback_id === 'lnb_form');

  async function openAnswerForm(user: string): Promise<{ view: OpenedView; viewId: string }> {
    const [answer] = await postRound();
    if (!answer) throw new Error('no answer button');
    const before = openedViews().length;
    const res = await click(user, answer);
    if (res.status !== 200) throw new Error(`click answered ${res.status}`);
    await eventually(() => openedViews().length > before);
    const view = openedViews().at(-1) as OpenedView;
    return { view, viewId: `V-${user}-${before}` };
  }

  async function openMinutes(user = 'U0LEAD'): Promise<{ view: OpenedView; viewId: string }> {
    const [, minutes] = await postRound();
    if (!minutes) throw new Error('no minutes button');
    const before = openedViews().length;
    await click(user, minutes);
    await eventually(() => openedViews().length > before);
    return { view: openedViews().at(-1) as OpenedView, viewId: `V-${user}-${before}` };
  }

  const submit = (user: string, opened: { view: OpenedView; viewId: string }, values: Record<string, Record<string, unknown>>) =>
    harness().post(viewSubmissionBody({ user, view: opened.view, viewId: opened.viewId, values }));

  return { postRound, click, openedViews, openAnswerForm, openMinutes, submit };
}
