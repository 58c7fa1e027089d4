import { chooseAnswerNetwork } from '../../src/core/answer-network';
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

describe('which network a typed answer is for', () => {
  beforeEach(async () => {
    t = await openTestContext({ now: '2026-11-23T10:00:00Z' });
  });

  it('in a network\'s channel: that network, and no other', async () => {
    const place = { kind: 'channel' as const, network: 'katrineholm' };
    expect(await chooseAnswerNetwork(t.ctx, anna, place)).toEqual({ ok: true, network: 'katrineholm' });
    expect(await chooseAnswerNetwork(t.ctx, anna, place, 'eskilstuna')).toEqual({ ok: false, message: expect.stringContaining('svarar du för Katrineholm') });
    expect(await chooseAnswerNetwork(t.ctx, anna, { kind: 'channel', network: undefined })).toMatchObject({ ok: false });
  });

  it('in a personal chat: asks someone with no network of their own, and refuses any network they name', async () => {
    const personal = { kind: 'personal' as const };
    expect(await chooseAnswerNetwork(t.ctx, anna, personal)).toEqual({ ok: false, message: expect.stringContaining('vilket nätverk du är med i') });
    expect(await chooseAnswerNetwork(t.ctx, anna, personal, 'nykoping')).toMatchObject({ ok: false });
    expect(await chooseAnswerNetwork(t.ctx, anna, personal, 'atlantis')).toEqual({ ok: false, message: expect.stringContaining('inget nätverk som heter atlantis') });
  });

  it('in a personal chat: the network someone has answered for before, or leads; a coordinator may name any', async () => {
    const personal = { kind: 'personal' as const };
    await submitForm(t.ctx, anna, ref(1, 'nykoping'), answer);
    expect(await chooseAnswerNetwork(t.ctx, anna, personal)).toEqual({ ok: true, network: 'nykoping' });
    expect(await chooseAnswerNetwork(t.ctx, anna, personal, 'Nykoping')).toEqual({ ok: true, network: 'nykoping' });
    expect(await chooseAnswerNetwork(t.ctx, anna, personal, 'eskilstuna')).toEqual({ ok: false, message: expect.stringContaining('kan du svara för Nyköping, men inte för Eskilstuna') });
    const leader: Person = { platform: 'local', userId: 'ledare-katrineholm' };
    expect(await chooseAnswerNetwork(t.ctx, leader, personal)).toEqual({ ok: true, network: 'katrineholm' });
    // Two networks of one's own: which one?
    await submitForm(t.ctx, leader, ref(1, 'eskilstuna'), answer);
    expect(await chooseAnswerNetwork(t.ctx, leader, personal)).toEqual({ ok: false, message: expect.stringContaining('för? Skriv kommandot igen med nätverket efter: Eskilstuna, Katrineholm.') });
    const coordinator: Person = { platform: 'local', userId: 'samordnare' };
    expect(await chooseAnswerNetwork(t.ctx, coordinator, personal, 'eskilstuna')).toEqual({ ok: true, network: 'eskilstuna' });
  });
});
