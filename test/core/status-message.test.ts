import { join } from 'node:path';
import type { Person } from '../../src/core/person';
import { statusMessage } from '../../src/core/status-message';
import { submitForm } from '../../src/core/submit-form';
import { buildSummary } from '../../src/core/summary-request';
import { importReplies } from '../../src/replies/import-replies';
import { seedExampleReplies } from '../../src/webchat/seed-example-replies';
import { openTestContext, type TestContext } from '../helpers/bot-context';

const EXAMPLE_REPLIES = join(__dirname, '../../examples/replies.sv.jsonl');
const coordinator: Person = { platform: 'local', userId: 'samordnare' };
const leader: Person = { platform: 'local', userId: 'ledare-eskilstuna' };
const anna: Person = { platform: 'local', userId: 'anna' };
const ref = { program: 'anhorigstod-2027', round: 1, network: 'eskilstuna' };

let t: TestContext;
beforeEach(async () => {
  t = await openTestContext({ now: '2026-11-23T10:00:00Z' });
});
afterEach(async () => {
  await t.close();
});

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
