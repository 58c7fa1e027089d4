import { compileInWorker } from '../compile/compile-in-worker';
import { compileReplyOf } from '../compile/compile-reply-of';
import { modelFor } from '../compile/model/model-settings';
import { asCodedError, ErrorCode, isLnbError } from '../errors';
import { type Locale, translator } from '../i18n/translate';
import { hasContent } from '../replies/reply';
import { type BotContext, DEFAULT_COMPILE_TIMEOUT_MS } from './bot-context';
import { networkNamed, networkNames } from './commands/network-named';
import { accessOf, type Person } from './person';
import type { CompilationDelivery } from './port';
import { currentRound } from './round-window';
import { summaryMessage } from './summary-message';

export interface SummaryScope {
  round: number;
  /** Undefined: the whole program's round. */
  network?: string;
}

export interface SummaryOptions {
  /** How long the compilation may take (the COMPILE_TIMEOUT_MS setting); 60 s when not given. */
  timeoutMs?: number;
}

export type SummaryDecision = { ok: true; scope: SummaryScope; message: string } | { ok: false; message: string };

/**
 * Who may have which compilation, from `/summary [round] [network]`:
 * coordinators any, leaders their own network's, anyone else none (told
 * kindly who can). Words may come in either order; a number is the round.
 * Without a round, the current one. A leader in their network's channel
 * gets that network without naming it.
 */
export function decideSummary(
  ctx: BotContext,
  person: Person,
  args: readonly string[],
  locale: Locale,
  channelNetwork?: string,
): SummaryDecision {
  const t = translator(locale);
  const { program } = ctx;
  const access = accessOf(program, person);
  if (!access.coordinator && access.leads.length === 0) return { ok: false, message: t('bot.summary.notAllowed') };

  const words = args.map((a) => a.trim()).filter(Boolean);
  const roundWord = words.find((w) => /^\d+$/.test(w));
  // A network by id or by name; a name of several words is typed as they are.
  const networkWords = words.filter((w) => !/^\d+$/.test(w)).join(' ');
  let roundNumber: number;
  if (roundWord) {
    roundNumber = Number(roundWord);
    if (!program.rounds.some((r) => r.number === roundNumber)) {
      const known = program.rounds.map((r) => r.number).join(', ');
      return { ok: false, message: t('bot.summary.unknownRound', { round: roundWord, known }) };
    }
  } else {
    const current = currentRound(program, ctx.clock.now());
    if (!current) return { ok: false, message: t('bot.summary.noRound') };
    roundNumber = current.number;
  }
  const named = networkWords === '' ? undefined : networkNamed(program, networkWords);
  if (networkWords !== '' && !named) {
    return { ok: false, message: t('bot.summary.unknownNetwork', { network: networkWords, networks: networkNames(program) }) };
  }

  let network = named?.id;
  if (!access.coordinator) {
    const own = access.leads;
    if (network && !own.includes(network)) {
      return { ok: false, message: t('bot.summary.notLeaderOf', { networks: networkNames(program, own) }) };
    }
    network ??= channelNetwork && own.includes(channelNetwork) ? channelNetwork : own[0];
  }
  return { ok: true, scope: { round: roundNumber, network }, message: t('bot.summary.working', { number: roundNumber }) };
}

/**
 * Builds the compilation a decision allows, with its chat message and the
 * name of its Word file (the port renders the file for its platform). The compiling runs in a worker thread, so the bot keeps answering
 * meanwhile; past `timeoutMs` it is stopped with CompileTimeoutError.
 */
export async function buildSummary(
  ctx: BotContext,
  scope: SummaryScope,
  locale: Locale,
  options: SummaryOptions = {},
): Promise<CompilationDelivery> {
  const stored = await ctx.store.replies.list({
    program: ctx.program.program.id,
    round: scope.round,
    network: scope.network,
  });
  const replies = stored.filter(hasContent).map(compileReplyOf);
  const model = modelFor(ctx.model, ctx.program);
  // Shaped on the workbench: that version (its Gruppera om starts over from a new draft).
  const compilation =
    (await ctx.editedCompilation?.(scope)) ??
    (await compileInWorker(
      { program: ctx.program, round: scope.round, network: scope.network, replies, locale, now: ctx.clock.now().toISOString() },
      { timeoutMs: options.timeoutMs ?? ctx.compileTimeoutMs ?? DEFAULT_COMPILE_TIMEOUT_MS, ...(model ? { model } : {}) },
    ));
  // Counts and reasons only: what the model wrote is in the compilation, marked as its.
  if (compilation.model) {
    const { name, asked, written, fallbacks, tokens } = compilation.model;
    ctx.log.info({ model: name, asked, written, fallbacks, tokens, round: scope.round }, 'summary: language model');
  }
  const suffix = scope.network ? `-${scope.network}` : '';
  return {
    compilation,
    message: summaryMessage(compilation),
    fileName: `${locale === 'sv' ? 'sammanstallning' : 'compilation'}-${ctx.program.program.id}-${scope.round}${suffix}.docx`,
    locale,
  };
}

/**
 * Runs a summary in the background after the request was acknowledged, and
 * delivers it through the requester's platform. A failure is logged and
 * the person is told, privately: to try again, or, when the compilation ran
 * out of time, to ask for a smaller one.
 */
export async function deliverSummary(
  ctx: BotContext,
  person: Person,
  scope: SummaryScope,
  locale: Locale,
  options: SummaryOptions = {},
): Promise<void> {
  const port = ctx.ports[person.platform];
  if (!port) throw new Error(`no port for ${person.platform}`);
  try {
    const delivery = await buildSummary(ctx, scope, locale, options);
    const url = await ctx.workbenchLink?.(person, scope).catch(() => undefined);
    if (url) delivery.workbench = { url, label: translator(locale)('workbench.open') };
    await port.deliverCompilation(person, delivery);
    ctx.log.info({ round: scope.round, network: scope.network ?? null }, 'summary delivered');
  } catch (e) {
    const timedOut = isLnbError(e) && e.code === ErrorCode.CompileTimeout;
    const fields = { err: asCodedError(e).message, round: scope.round, network: scope.network ?? null };
    if (timedOut) ctx.log.warn(fields, 'summary took too long');
    else ctx.log.error(fields, 'summary failed');
    const t = translator(locale);
    const text = t(timedOut ? 'bot.summary.timeout' : 'bot.summary.failed');
    await port
      .sendDirect(person.userId, { fallback: text, blocks: [{ type: 'text', text }], actions: [] }, `summary-failed/${ctx.clock.now().getTime()}`)
      .catch(() => undefined);
  }
}
