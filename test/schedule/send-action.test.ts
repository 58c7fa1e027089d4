import { DeliveryError } from '../../src/errors';
import type { PlanActionKind } from '../../src/plan/plan-program';
import type { DueAction } from '../../src/schedule/due-actions';
import { DropReason, SendProblem } from '../../src/schedule/reason-codes';
import { type Attempt, documentedNetworks, sendAction } from '../../src/schedule/send-action';
import { ledgerKey } from '../../src/store/ledger-repository';
import { testContextForEach } from '../helpers/bot-context';
import { replyInput } from '../helpers/reply-input';

const t = testContextForEach({ now: '2026-11-23T10:00:00Z' });

const due = (action: PlanActionKind, network: string | null, round = 1): DueAction => {
  const key = { program: 'anhorigstod-2027', round, network, action, slot: 0 };
  return { planned: { action, round, network, slot: 0, at: '2026-11-23T08:00:00.000Z', atLocal: '2026-11-23T09:00' }, key };
};
const notes: Record<string, string>[] = [];
const attempt = (over: Partial<Attempt> = {}): Attempt => ({
  resuming: false,
  reached: {},
  note: async (reached) => void notes.push({ ...reached }),
  fence: async () => undefined,
  ...over,
});
const send = (d: DueAction, a = attempt()) => sendAction(t.ctx, d, ledgerKey(d.key), a);
const minutesIn = (network: string) =>
  t.store.replies.save(replyInput({ id: `m-${network}`, network, kind: 'minutes', author: null, text: 'Vi talade om avlösning.' }), t.clock.now());

beforeEach(() => {
  notes.length = 0;
});

describe('a round\'s questions', () => {
  it('go to the network\'s channel with the round\'s buttons, under the ledger key', async () => {
    const d = due('post', 'eskilstuna');
    const outcome = await send(d);
    const [posted] = t.local.sent('channel:eskilstuna');
    expect(outcome).toEqual({ status: 'sent', receipt: 'local-1' });
    expect(posted?.key).toBe(ledgerKey(d.key));
    expect(posted?.message.actions.map((a) => a.id)).toEqual(['answer', 'minutes']);
    expect(posted?.message.blocks[1]).toEqual({ type: 'text', text: expect.stringContaining('nästa träff i Eskilstuna') });
  });

  it('remind in the channel with the meeting time', async () => {
    await send(due('remind', 'katrineholm'));
    expect(t.local.sent('channel:katrineholm')[0]?.message.blocks[1]).toEqual({ type: 'text', text: expect.stringMatching(/^Påminnelse: träff 1 är/) });
  });

  it('are refused as unreachable for a network with no channel, and nothing is sent', async () => {
    const failure = await send(due('post', 'nykoping')).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(DeliveryError);
    expect(failure).toMatchObject({ reason: 'unreachable', platformError: SendProblem.NoChannel });
    expect(t.local.sent()).toEqual([]);
  });

  it('go to the channel a coordinator linked', async () => {
    await t.store.links.set({ program: 'anhorigstod-2027', network: 'nykoping', platform: 'local', channel: 'nyk-kanal', linkedBy: null, linkedAt: '' });
    await send(due('post', 'nykoping'));
    expect(t.local.sent('channel:nyk-kanal')).toHaveLength(1);
  });
});

describe('a nudge to a network\'s leaders', () => {
  it('goes to each leader privately with how far the others are, noting each one reached', async () => {
    await minutesIn('katrineholm');
    const outcome = await send(due('nudge', 'eskilstuna'));
    const [nudge] = t.local.sent('user:ledare-eskilstuna');
    expect(nudge?.message.blocks[1]).toEqual({ type: 'text', text: '1 av 3 nätverk har lämnat sina anteckningar.' });
    expect(nudge?.message.actions[0]).toMatchObject({ id: 'minutes', value: { network: 'eskilstuna' } });
    expect(outcome).toEqual({ status: 'sent', receipt: 'local-1' });
    expect(notes).toEqual([{ 'ledare-eskilstuna': 'local-1' }]);
  });

  it('is dropped once the network\'s minutes are in', async () => {
    await minutesIn('eskilstuna');
    expect(await send(due('nudge', 'eskilstuna'))).toEqual({ status: 'dropped', reason: DropReason.MinutesIn });
    expect(t.local.sent()).toEqual([]);
  });

  it('is not sent again to a leader an earlier try reached', async () => {
    const outcome = await send(due('nudge', 'eskilstuna'), attempt({ resuming: true, reached: { 'ledare-eskilstuna': 'earlier' } }));
    expect(outcome).toEqual({ status: 'sent', receipt: 'earlier' });
    expect(t.local.sent()).toEqual([]);
  });

  it('is dropped when the network has no leaders to tell', async () => {
    t.ctx.program = { ...t.ctx.program, networks: t.ctx.program.networks.map((n) => ({ ...n, leaders: [] })) };
    expect(await send(due('nudge', 'eskilstuna'))).toEqual({ status: 'dropped', reason: DropReason.NobodyToTell });
  });
});

describe('notices to the coordinators', () => {
  it('after the deadline: who has documented and who has not', async () => {
    await minutesIn('nykoping');
    await send(due('deadline', null));
    const [notice] = t.local.sent('user:samordnare');
    expect(notice?.message.blocks[1]).toEqual({
      type: 'fields',
      fields: [
        { label: 'Har dokumenterat', value: 'Nyköping' },
        { label: 'Inte än', value: 'Eskilstuna, Katrineholm' },
      ],
    });
  });

  it('before a round: the networks without a channel, until every one has one', async () => {
    await send(due('warn', null));
    expect(t.local.sent('user:samordnare')[0]?.message.blocks[0]).toEqual({ type: 'text', text: expect.stringContaining('Nyköping (nykoping)') });
    await t.store.links.set({ program: 'anhorigstod-2027', network: 'nykoping', platform: 'local', channel: 'nyk', linkedBy: null, linkedAt: '' });
    expect(await send(due('warn', null))).toEqual({ status: 'dropped', reason: DropReason.AllLinked });
  });
});

describe('documentedNetworks', () => {
  it('are the networks with minutes that say something in the round, not answers nor empty minutes', async () => {
    await minutesIn('eskilstuna');
    await t.store.replies.save(replyInput({ id: 'empty', network: 'katrineholm', kind: 'minutes', author: null, text: '  ' }), t.clock.now());
    await t.store.replies.save(replyInput({ id: 'answer', network: 'nykoping' }), t.clock.now());
    await t.store.replies.save(replyInput({ id: 'later', network: 'nykoping', kind: 'minutes', round: 2 }), t.clock.now());
    expect([...(await documentedNetworks(t.ctx, 1))]).toEqual(['eskilstuna']);
    expect([...(await documentedNetworks(t.ctx, 2))]).toEqual(['nykoping']);
    expect([...(await documentedNetworks(t.ctx, 3))]).toEqual([]);
  });
});
