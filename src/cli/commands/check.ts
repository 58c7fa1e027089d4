import { type Locale, translate } from '../../i18n/translate';
import { type PlannedAction, planProgram } from '../../plan/plan-program';
import { loadProgram } from '../../program/load-program';
import { retentionEnd } from '../../program/retention';
import type { Program } from '../../program/schema';
import { EXIT } from '../../report-error';
import { formatPath } from '../../validation/describe-issues';
import type { CliIo } from '../cli-io';
import { parseCommandArgs } from '../parse-args';
import { platformCuts } from '../platform-cuts';

/** The plan as people read it: round by round, local time first, UTC beside it. */
export function formatPlan(program: Program, plan: readonly PlannedAction[], locale: Locale): string {
  const t = (key: string, vars?: Record<string, string | number>) => translate(locale, key, vars);
  const zone = program.program.timezone;
  const lines = [t('plan.heading', { title: program.program.title, zone }), ''];
  const rounds = [...new Set(plan.map((a) => a.round))];
  for (const number of rounds) {
    const round = program.rounds.find((r) => r.number === number);
    if (!round) continue;
    lines.push(t('plan.round', { number, title: round.title, meeting: round.meeting.replace('T', ' ') }));
    // One line per moment and action, naming every network it goes to.
    const groups = new Map<string, PlannedAction[]>();
    for (const a of plan.filter((p) => p.round === number)) {
      const key = `${a.at} ${a.action}`;
      groups.set(key, [...(groups.get(key) ?? []), a]);
    }
    for (const [, group] of groups) {
      const a = group[0] as PlannedAction;
      const who = a.network === null ? t('plan.coordinators') : group.map((g) => g.network).join(', ');
      const local = a.atLocal.replace('T', ' ');
      lines.push(`  ${local}  (${a.at.slice(0, 16).replace('T', ' ')} UTC)  ${t(`plan.action.${a.action}`)}: ${who}`);
    }
    lines.push('');
  }
  const end = retentionEnd(program);
  lines.push(t('plan.retention', { months: end.months, local: end.local.replace('T', ' '), utc: end.at.toISOString().slice(0, 16).replace('T', ' ') }));
  lines.push(t('plan.valid', { networks: program.networks.length, rounds: program.rounds.length }));
  return `${lines.join('\n')}\n`;
}

/** `lnb check PROGRAM.yaml [--json]`: validate, then print the plan it implies. */
export async function checkCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { json: { type: 'boolean' } }, io);
  const file = positionals[0];
  if (!file) {
    io.stderr(`${translate(io.locale, 'cli.missingFile', { command: 'check' })}\n`);
    return EXIT.badInput;
  }
  const program = await loadProgram(file, io.locale, io.cwd);
  const plan = planProgram(program);
  // Warnings go to stderr, so `--json` stays parseable, and the exit code stays 0.
  const cuts = platformCuts(program);
  if (cuts.length > 0) {
    const lines = cuts.map((w) => `  ${formatPath(w.path)}: ${translate(io.locale, `check.cut.${w.key}`, w.vars)}`);
    io.stderr(`${[translate(io.locale, 'check.cut.heading', { count: cuts.length }), ...lines].join('\n')}\n`);
  }
  io.stdout(values.json ? `${JSON.stringify(plan, null, 2)}\n` : formatPlan(program, plan, io.locale));
  return EXIT.ok;
}
