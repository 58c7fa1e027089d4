import type { Person } from '../../src/core/person';
import { submitForm } from '../../src/core/submit-form';
import { decideSummary, deliverSummary } from '../../src/core/summary-request';
import { translate } from '../../src/i18n/translate';
import { testContextForEach } from '../helpers/bot-context';
import { startFakeOpenAi } from '../helpers/fake-openai';

const coordinator: Person = { platform: 'local', userId: 'samordnare' };
const leader: Person = { platform: 'local', userId: 'ledare-katrineholm' };
const participant: Person = { platform: 'local', userId: 'anna' };

// Round 1 opened on 2026-11-19; its meeting is 2026-12-03.
const t = testContextForEach({ now: '2026-11-23T10:00:00Z' });

describe('who may have which compilation', () => {
  it('gives a coordinator the whole current round, or the round and network asked for, in any order', () => {
    expect(decideSummary(t.ctx, coordinator, [], 'sv')).toMatchObject({ ok: true, scope: { round: 1, network: undefined } });
    expect(decideSummary(t.ctx, coordinator, ['eskilstuna', '2'], 'sv')).toMatchObject({
      ok: true,
      scope: { round: 2, network: 'eskilstuna' },
    });
  });

  it('gives a leader their own network only', () => {
    expect(decideSummary(t.ctx, leader, [], 'sv')).toMatchObject({ ok: true, scope: { round: 1, network: 'katrineholm' } });
    const other = decideSummary(t.ctx, leader, ['eskilstuna'], 'sv');
    // The leader is shown their network's name, not its id.
    expect(other).toEqual({ ok: false, message: expect.stringContaining('(Katrineholm)') });
  });

  it('tells anyone else, kindly, who can', () => {
    expect(decideSummary(t.ctx, participant, [], 'sv')).toEqual({ ok: false, message: expect.stringMatching(/ledare .*samordnaren/) });
    expect(decideSummary(t.ctx, participant, [], 'en')).toEqual({ ok: false, message: expect.stringMatching(/leaders .*coordinator/) });
  });

  it('names the rounds there are when asked for one that is not', () => {
    expect(decideSummary(t.ctx, coordinator, ['9'], 'sv')).toEqual({ ok: false, message: expect.stringContaining('1, 2, 3, 4') });
    expect(decideSummary(t.ctx, coordinator, ['malmo'], 'sv')).toEqual({ ok: false, message: expect.stringContaining('malmo') });
  });

  it('has nothing to compile before the first round opens', () => {
    t.clock.set('2026-10-01T10:00:00Z');
    expect(decideSummary(t.ctx, coordinator, [], 'sv')).toEqual({ ok: false, message: expect.stringMatching(/Ingen träff/) });
  });
});

describe('delivering a compilation', () => {
  it('compiles the stored replies and delivers the chat message and the Word file to the requester', async () => {
    const ref = { kind: 'answer' as const, program: 'anhorigstod-2027', round: 1 };
    const texts = [
      'Avlösning i hemmet så att jag kan gå till mina egna läkarbesök.',
      'Korttidsplats när jag behöver vila, och avlösning som går att boka med kort varsel.',
      'Någon att prata med i en samtalsgrupp för anhöriga.',
      'Samtalsstöd och anhöriggrupper där man möter andra i samma situation.',
    ];
    for (const [i, text] of texts.entries()) {
      const person: Person = { platform: 'local', userId: `p${i}` };
      const network = i % 2 === 0 ? 'eskilstuna' : 'katrineholm';
      const saved = await submitForm(t.ctx, person, { ...ref, network }, { values: { syfte: `${text} Ring mig på 070-123 45 67.` }, role: 'anhorig', consent: true });
      expect(saved.ok).toBe(true);
    }
    await deliverSummary(t.ctx, coordinator, { round: 1 }, 'sv');
    const [delivered] = t.local.sent('user:samordnare');
    const delivery = delivered?.compilation;
    if (!delivery) throw new Error('no compilation delivered');
    expect(delivery.fileName).toBe('sammanstallning-anhorigstod-2027-1.docx');
    const syfte = delivery.compilation.questions.find((q) => q.questionId === 'syfte');
    expect(syfte?.replyCount).toBe(4);
    const chat = JSON.stringify(delivery.message);
    expect(chat).toContain('Utkast');
    expect(JSON.stringify(delivery.compilation)).not.toContain('070-123');
  });

  it('tells the requester kindly, in their language, when the compilation takes too long', async () => {
    const ref = { kind: 'answer' as const, program: 'anhorigstod-2027', round: 1 };
    for (const [i, network] of ['eskilstuna', 'katrineholm', 'eskilstuna'].entries()) {
      const person: Person = { platform: 'local', userId: `p${i}` };
      const saved = await submitForm(t.ctx, person, { ...ref, network }, { values: { syfte: 'Avlösning i hemmet och en samtalsgrupp.' }, role: 'anhorig', consent: true });
      expect(saved.ok).toBe(true);
    }
    // No compilation, however small, is done within a millisecond: the worker is stopped.
    // The limit comes from the bot's settings (COMPILE_TIMEOUT_MS), as start-bot puts it on the context.
    await deliverSummary({ ...t.ctx, compileTimeoutMs: 1 }, coordinator, { round: 1 }, 'en');
    const [told] = t.local.sent('user:samordnare');
    expect(told?.compilation).toBeUndefined();
    expect(told?.message.fallback).toBe(translate('en', 'bot.summary.timeout'));
    expect(told?.message.fallback).toMatch(/took too long/);
  });

  it('tells the requester privately when the compilation cannot be made', async () => {
    await t.store.close();
    await deliverSummary(t.ctx, coordinator, { round: 1 }, 'sv');
    const [told] = t.local.sent('user:samordnare');
    expect(told?.compilation).toBeUndefined();
    expect(told?.message.fallback).toMatch(/gick inte/);
  });
});

describe('a compilation with a language model', () => {
  const save = async () => {
    const ref = { kind: 'answer' as const, program: 'anhorigstod-2027', round: 1 };
    const texts = ['Avlösning i hemmet som går att boka med kort varsel.', 'Avlösning på kvällar så att jag kan vila.', 'En samtalsgrupp för anhöriga.'];
    for (const [i, text] of texts.entries()) {
      const person: Person = { platform: 'local', userId: `p${i}` };
      await submitForm(t.ctx, person, { ...ref, network: 'eskilstuna' }, { values: { syfte: text }, role: 'anhorig', consent: true });
    }
  };

  it('uses the model the bot is configured with, and none for a program that says languageModel: false', async () => {
    const fake = await startFakeOpenAi();
    try {
      await save();
      const model = { url: fake.url, model: 'fake-model', callTimeoutMs: 10_000, totalTimeoutMs: 20_000 };
      await deliverSummary({ ...t.ctx, model }, coordinator, { round: 1 }, 'sv');
      const [withModel] = t.local.sent('user:samordnare');
      expect(withModel?.compilation?.compilation.model?.written).toBeGreaterThan(0);
      const asked = fake.requests.length;
      expect(asked).toBeGreaterThan(0);

      const program = { ...t.ctx.program, program: { ...t.ctx.program.program, languageModel: false } };
      await deliverSummary({ ...t.ctx, program, model }, coordinator, { round: 1 }, 'sv');
      const [, without] = t.local.sent('user:samordnare');
      expect(without?.compilation?.compilation.model).toBeUndefined();
      expect(fake.requests).toHaveLength(asked);
    } finally {
      await fake.close();
    }
  });
});

