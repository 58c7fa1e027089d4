import { translator } from '../../i18n/translate';
import { type AnswerPlace, chooseAnswerNetwork } from '../answer-network';
import { type BotContext, localeFor } from '../bot-context';
import { commandWords, type Surface } from '../command-words';
import type { FormRef } from '../form-model';
import { accessOf, type Person } from '../person';
import { currentRound } from '../round-window';
import { decideSummary, type SummaryScope } from '../summary-request';
import { type CommandName, commandSpec } from './command-table';
import { networkNamed, networkNames } from './network-named';

/** A command as a platform heard it: who, where, which command and the words after it. */
export interface CommandInvocation {
  person: Person;
  /** Where it was typed: the words to suggest are that surface's. */
  surface: Surface;
  /** The conversation it was typed in: a network's (linked or not), or a personal chat. */
  place: AnswerPlace;
  /** Undefined: a word the table does not have (`word`), or nothing at all. */
  name: CommandName | undefined;
  word: string;
  args: string[];
}

/**
 * What the rules decided a command does, for the platform to carry out in
 * its own way (a modal or a card, a private reply, a message later). The
 * same invocation gives the same call on every platform.
 */
export type RuleCall =
  | { rule: 'openForm'; ref: FormRef }
  | { rule: 'summary'; scope: SummaryScope; message: string }
  | { rule: 'link'; network: string }
  | { rule: 'status' }
  | { rule: 'myReplies' }
  | { rule: 'help'; unknown?: string }
  | { rule: 'refuse'; message: string };

/**
 * The rule a command calls, by the command table: who may run it, how its
 * network and round are found, and which rule it is.
 */
export async function resolveCommand(ctx: BotContext, inv: CommandInvocation): Promise<RuleCall> {
  const { person, place, args } = inv;
  const { program } = ctx;
  const locale = localeFor(program, person);
  const t = translator(locale);
  if (inv.name === undefined) return inv.word === '' ? { rule: 'help' } : { rule: 'help', unknown: inv.word };
  const spec = commandSpec(inv.name);
  const access = accessOf(program, person);
  if (spec.who === 'coordinators' && !access.coordinator) return { rule: 'refuse', message: t(`bot.${spec.name}.notAllowed`) };
  switch (spec.name) {
    case 'answer': {
      const round = currentRound(program, ctx.clock.now());
      if (!round) return { rule: 'refuse', message: t('bot.answer.noRound') };
      const chosen = await chooseAnswerNetwork(ctx, person, place, args.join(' '));
      if (!chosen.ok) return { rule: 'refuse', message: chosen.message };
      return { rule: 'openForm', ref: { kind: 'answer', program: program.program.id, round: round.number, network: chosen.network } };
    }
    case 'summary': {
      const decision = decideSummary(ctx, person, args, locale, place.kind === 'channel' ? place.network : undefined);
      return decision.ok ? { rule: 'summary', scope: decision.scope, message: decision.message } : { rule: 'refuse', message: decision.message };
    }
    case 'link': {
      const vars = { networks: networkNames(program), ...commandWords(inv.surface, locale) };
      if (place.kind === 'personal') return { rule: 'refuse', message: t('bot.link.notInChannel', vars) };
      const named = args.join(' ');
      if (named === '') return { rule: 'refuse', message: t('bot.link.usage', vars) };
      const network = networkNamed(program, named);
      if (!network) return { rule: 'refuse', message: t('bot.link.unknownNetwork', { network: named, networks: vars.networks }) };
      return { rule: 'link', network: network.id };
    }
    case 'status':
      return { rule: 'status' };
    case 'myReplies':
      return { rule: 'myReplies' };
    case 'help':
      return { rule: 'help' };
  }
}
