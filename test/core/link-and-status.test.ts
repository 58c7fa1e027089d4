import { networkOfChannel, targetOf } from '../../src/core/channel-of';
import { linkChannel } from '../../src/core/link-channel';
import type { Person } from '../../src/core/person';
import { statusMessage } from '../../src/core/status-message';
import { submitForm } from '../../src/core/submit-form';
import { openTestContext, type TestContext } from '../helpers/bot-context';

const coordinator: Person = { platform: 'slack', userId: 'samordnare' };
const leader: Person = { platform: 'local', userId: 'ledare-eskilstuna' };
const participant: Person = { platform: 'local', userId: 'anna' };

let t: TestContext;
beforeEach(async () => {
  t = await openTestContext({ now: '2026-11-23T10:00:00Z' });
});
afterEach(async () => {
  await t.close();
});

describe('linking a channel', () => {
  it('lets a coordinator tie a channel to a network, which the program file then answers to', async () => {
    const nykoping = t.ctx.program.networks.find((n) => n.id === 'nykoping');
    if (!nykoping) throw new Error('example program changed');
    expect(await targetOf(t.ctx, nykoping)).toBeUndefined();
    const linked = await linkChannel(t.ctx, coordinator, ' Nykoping ', { channel: 'C0NYK' });
    expect(linked).toEqual({ ok: true, message: expect.stringContaining('Nyköping') });
    expect(await targetOf(t.ctx, nykoping)).toEqual({ platform: 'slack', program: 'anhorigstod-2027', network: 'nykoping', channel: 'C0NYK' });
    expect((await networkOfChannel(t.ctx, 'slack', 'C0NYK'))?.id).toBe('nykoping');
    expect(await networkOfChannel(t.ctx, 'teams', 'C0NYK')).toBeUndefined();
    // A channel the program file names is known without a link.
    expect((await networkOfChannel(t.ctx, 'local', 'eskilstuna'))?.id).toBe('eskilstuna');
  });

  it('refuses others, and explains an unknown network or a missing one', async () => {
    expect(await linkChannel(t.ctx, participant, 'nykoping', { channel: 'X' })).toEqual({ ok: false, message: expect.stringMatching(/samordnaren/) });
    expect(await linkChannel(t.ctx, coordinator, undefined, { channel: 'X' })).toEqual({
      ok: false,
      message: expect.stringContaining('Eskilstuna, Katrineholm, Nyköping'),
    });
    expect(await linkChannel(t.ctx, coordinator, 'malmo', { channel: 'X' })).toEqual({ ok: false, message: expect.stringContaining('malmo') });
    expect(await t.store.links.list('anhorigstod-2027')).toEqual([]);
  });
});

describe('status', () => {
  const text = (m: { blocks: unknown[] }) => JSON.stringify(m.blocks);

  it('shows a coordinator every network: linked or not, replies and minutes this round, the next post', async () => {
    await submitForm(t.ctx, participant, { kind: 'answer', program: 'anhorigstod-2027', round: 1, network: 'eskilstuna' }, {
      values: { syfte: 'Avlösning.' },
      role: 'anhorig',
      consent: false,
    });
    const status = text(await statusMessage(t.ctx, coordinator, 'sv'));
    expect(status).toContain('Eskilstuna (eskilstuna): kopplad · träff 1: 1 person, 1 svar, anteckningar saknas');
    expect(status).toContain('Nyköping (nykoping): ingen kanal — kör /lnb koppla nykoping');
    // The next send is the plan's (what lnb check lists), not the next round's questions.
    expect(status).toContain('Eskilstuna (eskilstuna): kopplad · träff 1: 1 person, 1 svar, anteckningar saknas · nästa utskick torsdag 26 november kl. 09.00: påminnelse om träff 1');
    expect(status).not.toContain('14 januari');
  });

  it('shows a leader only their own network, and a participant one line', async () => {
    const mine = text(await statusMessage(t.ctx, leader, 'sv'));
    expect(mine).toContain('Eskilstuna');
    expect(mine).not.toContain('Katrineholm');
    const line = text(await statusMessage(t.ctx, participant, 'en'));
    expect(line).toContain('Current meeting: 1');
    // The round's title is a question: no full stop after its question mark.
    const sv = text(await statusMessage(t.ctx, participant, 'sv'));
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
    const status = text(await statusMessage(t.ctx, coordinator, 'sv', new Map([['katrineholm', 'installera appen']])));
    expect(status).toContain('Katrineholm (katrineholm): boten når inte kanalen: is_archived; installera appen');
    expect(status).toContain('Eskilstuna (eskilstuna): kopplad');
    // A note alone (Teams: the app is not in the channel's team) is shown as not reached too.
    expect(text(await statusMessage(t.ctx, coordinator, 'sv', new Map([['eskilstuna', 'installera appen']])))).toContain('Eskilstuna (eskilstuna): boten når inte kanalen: installera appen');

    expect((await linkChannel(t.ctx, coordinator, 'katrineholm', { channel: 'C0KAT' })).ok).toBe(true);
    expect(await t.store.reachability.get('anhorigstod-2027', 'katrineholm')).toBeUndefined();
    expect(text(await statusMessage(t.ctx, coordinator, 'sv'))).toContain('Katrineholm (katrineholm): kopplad');
  });
});
