import { answerRefusal, chooseAnswerNetwork, ownNetworks } from '../../src/core/answer-network';
import type { Person } from '../../src/core/person';
import { submitForm } from '../../src/core/submit-form';
import { openTestContext, type TestContext } from '../helpers/bot-context';

const anna: Person = { platform: 'local', userId: 'anna' };
const ref = (round: number, network = 'eskilstuna') => ({ kind: 'answer' as const, program: 'anhorigstod-2027', round, network });
const answer = { values: { syfte: 'Avlösning' }, role: 'anhorig', consent: false };
const personal = { kind: 'personal' as const };

let t: TestContext;
afterEach(async () => {
  await t.close();
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

describe('the networks that are a person\'s own', () => {
  beforeEach(async () => {
    t = await openTestContext({ now: '2026-11-23T10:00:00Z' });
  });

  it('are none for someone new, and in the program\'s order once there are several', async () => {
    expect(await ownNetworks(t.ctx, anna)).toEqual([]);
    await submitForm(t.ctx, anna, ref(1, 'nykoping'), answer);
    await submitForm(t.ctx, anna, ref(1, 'eskilstuna'), answer);
    expect(await ownNetworks(t.ctx, anna)).toEqual(['eskilstuna', 'nykoping']);
  });

  it('take in a network whose channel they chose it from, remembered once, for a personal chat after', async () => {
    expect(await chooseAnswerNetwork(t.ctx, anna, { kind: 'channel', network: 'katrineholm' })).toEqual({ ok: true, network: 'katrineholm' });
    await chooseAnswerNetwork(t.ctx, anna, { kind: 'channel', network: 'katrineholm' });
    expect((await t.store.contacts.get('local', 'anna'))?.networks).toEqual(['katrineholm']);
    expect(await chooseAnswerNetwork(t.ctx, anna, personal)).toEqual({ ok: true, network: 'katrineholm' });
  });

  it('keep what else the contact holds when a network is remembered', async () => {
    await t.store.contacts.set({ platform: 'local', userId: 'anna', locale: 'en', role: 'chef', updatedAt: '2026-11-01T00:00:00Z' });
    await chooseAnswerNetwork(t.ctx, anna, { kind: 'channel', network: 'eskilstuna' });
    expect(await t.store.contacts.get('local', 'anna')).toEqual({
      platform: 'local',
      userId: 'anna',
      locale: 'en',
      role: 'chef',
      networks: ['eskilstuna'],
      updatedAt: '2026-11-23T10:00:00.000Z',
    });
  });

  it('take in the network the platform says they belong to, only if the program has it', async () => {
    t.ctx.memberOf = () => ['nykoping', 'atlantis'];
    expect(await ownNetworks(t.ctx, anna)).toEqual(['nykoping']);
  });

  it('leave out a network the person answered for in another program', async () => {
    await t.store.replies.save({ ...ref(1, 'katrineholm'), id: 'old', program: 'anhorigstod-2026', question: 'syfte', author: anna, role: 'anhorig', kind: 'answer', text: 'Förra året', option: null, consent: false }, t.clock.now());
    expect(await ownNetworks(t.ctx, anna)).toEqual([]);
  });
});

describe('answerRefusal', () => {
  beforeEach(async () => {
    t = await openTestContext({ now: '2026-11-23T10:00:00Z' });
  });

  it('holds an answer form\'s network to the same rule as a typed one', async () => {
    expect(await answerRefusal(t.ctx, anna, { kind: 'channel', network: 'eskilstuna' }, { kind: 'answer', network: 'eskilstuna' })).toBeUndefined();
    expect(await answerRefusal(t.ctx, anna, { kind: 'channel', network: 'eskilstuna' }, { kind: 'answer', network: 'katrineholm' })).toContain('svarar du för Eskilstuna');
    // Answered from Eskilstuna's channel, Eskilstuna is hers now; Katrineholm is not.
    expect(await answerRefusal(t.ctx, anna, personal, { kind: 'answer', network: 'katrineholm' })).toContain('kan du svara för Eskilstuna, men inte för Katrineholm');
  });

  it('leaves minutes to the form\'s own rule (leaders and coordinators), whatever the place', async () => {
    expect(await answerRefusal(t.ctx, anna, personal, { kind: 'minutes', network: 'katrineholm' })).toBeUndefined();
  });

  it('names an unknown network as it was written, in the person\'s language', async () => {
    const refusal = await answerRefusal(t.ctx, { ...anna, locale: 'en' }, personal, { kind: 'answer', network: '<script>🐙' });
    expect(refusal).toBe('There is no network called <script>🐙. Networks: Eskilstuna, Katrineholm, Nyköping.');
  });
});
