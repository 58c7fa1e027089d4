import { join } from 'node:path';
import { linkChannel } from '../../src/core/link-channel';
import type { Person } from '../../src/core/person';
import { statusMessage } from '../../src/core/status-message';
import { submitForm } from '../../src/core/submit-form';
import { buildSummary } from '../../src/core/summary-request';
import { importReplies } from '../../src/replies/import-replies';
import { seedExampleReplies } from '../../src/webchat/seed-example-replies';
import { testContextForEach } from '../helpers/bot-context';

const EXAMPLE_REPLIES = join(__dirname, '../../examples/replies.sv.jsonl');
const coordinator: Person = { platform: 'local', userId: 'samordnare' };
const leader: Person = { platform: 'local', userId: 'ledare-eskilstuna' };
const anna: Person = { platform: 'local', userId: 'anna' };
const ref = { program: 'anhorigstod-2027', round: 1, network: 'eskilstuna' };

const t = testContextForEach({ now: '2026-11-23T10:00:00Z' });

const items = (m: { blocks: { type: string; items?: string[] }[] }) => m.blocks.flatMap((b) => b.items ?? []);

describe('the counts in status', () => {
  it('are the compilation’s: people, answers and minutes of the round, counted the same way (the example replies)', async () => {
    expect(await seedExampleReplies(t.ctx, EXAMPLE_REPLIES)).toBe(33);
    // A participant answers two questions; the leader documents two (one over the imported minutes), as in the trial.
    const anna2 = await submitForm(t.ctx, anna, { kind: 'answer', ...ref }, { values: { syfte: 'Avlösning hemma.', utveckla: 'Mer tid.' }, role: 'anhorig', consent: true });
    expect(anna2.ok).toBe(true);
    const minutes = await submitForm(t.ctx, leader, { kind: 'minutes', ...ref }, { values: { syfte: 'Vi talade om avlösning.', exempel: 'Anhörigcafé.' }, role: null, consent: true });
    expect(minutes.ok).toBe(true);
    // An import beside the saved form: the same question's minutes under an id of its own.
    await importReplies(
      [{ id: 'import-2', ...ref, question: 'exempel', role: 'annan', kind: 'minutes', text: 'Anhörigcafé varje vecka.', option: null, consent: true }],
      t.store.replies,
      t.clock.now(),
    );

    const eskilstuna = (await buildSummary(t.ctx, { round: 1, network: 'eskilstuna' }, 'sv')).compilation.participation.byNetwork;
    const whole = (await buildSummary(t.ctx, { round: 1 }, 'sv')).compilation.participation.byNetwork;
    // 10 imported answers (no author: each counts as one person) and Anna's two; minutes for two questions, however written.
    expect(eskilstuna).toEqual([{ network: 'eskilstuna', name: 'Eskilstuna', people: 11, replies: 12, minutes: 2 }]);
    expect(whole.find((n) => n.network === 'eskilstuna')).toEqual(eskilstuna[0]);

    const mine = items(await statusMessage(t.ctx, leader, 'sv'));
    expect(mine).toEqual([expect.stringContaining('Eskilstuna (eskilstuna): kopplad · träff 1: 11 personer, 12 svar, 2 gruppanteckningar · nästa utskick')]);
    const all = items(await statusMessage(t.ctx, coordinator, 'en'));
    expect(all).toEqual([
      expect.stringContaining('Eskilstuna (eskilstuna): linked · meeting 1: 11 people, 12 replies, 2 group notes'),
      expect.stringContaining('Katrineholm (katrineholm): linked · meeting 1: 9 people, 9 replies, 2 group notes'),
      expect.stringContaining('Nyköping (nykoping): no channel'),
    ]);
    expect(all[2]).toContain('meeting 1: 10 people, 10 replies, 1 group note');
  });

  it('say so when a network’s minutes are missing', async () => {
    await submitForm(t.ctx, anna, { kind: 'answer', ...ref }, { values: { syfte: 'Avlösning.' }, role: 'anhorig', consent: false });
    expect(items(await statusMessage(t.ctx, leader, 'sv'))).toEqual([
      expect.stringContaining('Eskilstuna (eskilstuna): kopplad · träff 1: 1 person, 1 svar, anteckningar saknas · nästa utskick'),
    ]);
  });
});

describe('status', () => {
  const slackCoordinator: Person = { platform: 'slack', userId: 'samordnare' };
  const text = (m: { blocks: unknown[] }) => JSON.stringify(m.blocks);

  it('shows a slackCoordinator every network: linked or not, replies and minutes this round, the next post', async () => {
    await submitForm(t.ctx, anna, { kind: 'answer', program: 'anhorigstod-2027', round: 1, network: 'eskilstuna' }, {
      values: { syfte: 'Avlösning.' },
      role: 'anhorig',
      consent: false,
    });
    const status = text(await statusMessage(t.ctx, slackCoordinator, 'sv'));
    expect(status).toContain('Eskilstuna (eskilstuna): kopplad · träff 1: 1 person, 1 svar, anteckningar saknas');
    expect(status).toContain('Nyköping (nykoping): ingen kanal — kör /lnb koppla nykoping');
    // The next send is the plan's (what lnb check lists), not the next round's questions.
    expect(status).toContain('Eskilstuna (eskilstuna): kopplad · träff 1: 1 person, 1 svar, anteckningar saknas · nästa utskick torsdag 26 november kl. 09.00: påminnelse om träff 1');
    expect(status).not.toContain('14 januari');
  });

  it('shows a leader only their own network, and a anna one line', async () => {
    const mine = text(await statusMessage(t.ctx, leader, 'sv'));
    expect(mine).toContain('Eskilstuna');
    expect(mine).not.toContain('Katrineholm');
    const line = text(await statusMessage(t.ctx, anna, 'en'));
    expect(line).toContain('Current meeting: 1');
    // The round's title is a question: no full stop after its question mark.
    const sv = text(await statusMessage(t.ctx, anna, 'sv'));
    expect(sv).toContain('Nuvarande träff: 1: Vad är ett individualiserat anhörigstöd? Svara med');
    expect(sv).not.toContain('?.');
  });

  it('names the commands as typed where the person is: no @-mention in the web chat', async () => {
    const coordinatorHere: Person = { platform: 'teams', userId: 'samordnare' };
    expect(text(await statusMessage(t.ctx, coordinatorHere, 'sv', new Map(), 'teams'))).toContain('kör @Lärande nätverk koppla nykoping');
    const chat = text(await statusMessage(t.ctx, coordinatorHere, 'sv', new Map(), 'chat'));
    expect(chat).toContain('kör koppla nykoping');
    expect(chat).not.toContain('@');
  });

  it('says which channel refused the last post, from the store, with what a platform adds; a new link clears it', async () => {
    await t.store.reachability.refused({ program: 'anhorigstod-2027', network: 'katrineholm', platform: 'slack', detail: 'is_archived', at: '' });
    const status = text(await statusMessage(t.ctx, slackCoordinator, 'sv', new Map([['katrineholm', 'installera appen']])));
    expect(status).toContain('Katrineholm (katrineholm): boten når inte kanalen: is_archived; installera appen');
    expect(status).toContain('Eskilstuna (eskilstuna): kopplad');
    // A note alone (Teams: the app is not in the channel's team) is shown as not reached too.
    expect(text(await statusMessage(t.ctx, slackCoordinator, 'sv', new Map([['eskilstuna', 'installera appen']])))).toContain('Eskilstuna (eskilstuna): boten når inte kanalen: installera appen');

    expect((await linkChannel(t.ctx, slackCoordinator, 'katrineholm', { channel: 'C0KAT' })).ok).toBe(true);
    expect(await t.store.reachability.get('anhorigstod-2027', 'katrineholm')).toBeUndefined();
    expect(text(await statusMessage(t.ctx, slackCoordinator, 'sv'))).toContain('Katrineholm (katrineholm): kopplad');
  });
});
