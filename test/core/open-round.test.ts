import { openForm } from '../../src/core/open-form';
import type { Person } from '../../src/core/person';
import { submitForm } from '../../src/core/submit-form';
import { openTestContext, type TestContext } from '../helpers/bot-context';

// The example program: round 1's questions go out 19 November 2026 09:00, its meeting is 3 December,
// its deadline 10 December 09:00; round 3's questions go out 18 February 2027.
const anna: Person = { platform: 'local', userId: 'anna' };
const ref = (round: number, network = 'eskilstuna') => ({ kind: 'answer' as const, program: 'anhorigstod-2027', round, network });
const answer = { values: { syfte: 'Avlösning' }, role: 'anhorig', consent: false };

let t: TestContext;
afterEach(async () => {
  await t.close();
});

describe('answers only for open rounds', () => {
  it('refuses, kindly and with the date, a round whose questions have not gone out; nothing is stored', async () => {
    t = await openTestContext({ now: '2026-11-23T10:00:00Z' });
    const round3 = t.ctx.program.rounds[2];
    const values = { values: { [round3?.questions[0]?.id ?? '']: 'För tidigt' }, role: 'anhorig', consent: false };
    const opened = await openForm(t.ctx, anna, ref(3));
    expect(opened).toEqual({ ok: false, message: expect.stringMatching(/^Träff 3 är inte öppen för svar än\. Frågorna skickas ut torsdag 18 februari kl\. 09\.00/) });
    const sent = await submitForm(t.ctx, anna, ref(3), values);
    expect(sent).toMatchObject({ ok: false, storeFailed: false });
    expect(await t.store.replies.list({})).toEqual([]);
  });

  it('takes answers from the post until the deadline, and not after it (in English for an English client)', async () => {
    t = await openTestContext({ now: '2026-11-19T08:00:00Z' }); // 09:00 in Stockholm: the questions are out
    expect((await submitForm(t.ctx, anna, ref(1), answer)).ok).toBe(true);
    t.clock.set('2026-12-10T07:59:00Z'); // a minute before the deadline
    expect((await submitForm(t.ctx, anna, ref(1), { ...answer, values: { syfte: 'Ändrat' } })).ok).toBe(true);
    t.clock.set('2026-12-10T08:00:00Z');
    const late = await submitForm(t.ctx, { ...anna, locale: 'en' }, ref(1), { ...answer, values: { syfte: 'För sent' } });
    expect(late).toMatchObject({ ok: false, errors: { syfte: expect.stringMatching(/^Meeting 1 no longer takes answers; they were due Thursday 10 December at 09:00/) } });
    expect((await t.store.replies.list({})).map((r) => r.text)).toEqual(['Ändrat']);
  });
});
