import type { Issue } from '../validation/describe-issues';
import { localDatePart } from './local-time';
import { instantOf, roundTimesLocal } from './round-times';
import type { Program } from './schema';


function duplicates<T>(items: T[], keyOf: (item: T) => string): Map<string, number[]> {
  const seen = new Map<string, number[]>();
  items.forEach((item, i) => {
    const k = keyOf(item);
    seen.set(k, [...(seen.get(k) ?? []), i]);
  });
  return new Map([...seen].filter(([, idx]) => idx.length > 1));
}

/**
 * The rules that span several fields: things the schema alone cannot see.
 * Returns every problem, never just the first.
 */
export function checkProgram(program: Program): Issue[] {
  const issues: Issue[] = [];
  const zone = program.program.timezone;

  for (const [value, idx] of duplicates(program.networks, (n) => n.id)) {
    for (const i of idx.slice(1)) issues.push({ path: ['networks', i, 'id'], key: 'duplicateNetworkId', vars: { value } });
  }
  program.networks.forEach((n, i) => {
    if (!n.channel && n.leaders.length === 0) issues.push({ path: ['networks', i], key: 'networkUnreachable', vars: { value: n.id } });
  });

  for (const [value, idx] of duplicates(program.rounds, (r) => String(r.number))) {
    for (const i of idx.slice(1)) issues.push({ path: ['rounds', i, 'number'], key: 'duplicateRoundNumber', vars: { value } });
  }
  for (const [value, idx] of duplicates(program.rounds, (r) => localDatePart(r.meeting))) {
    for (const i of idx.slice(1)) {
      const other = program.rounds[idx[0] ?? 0]?.number ?? '';
      issues.push({ path: ['rounds', i, 'meeting'], key: 'duplicateRoundDate', vars: { value, other } });
    }
  }

  program.rounds.forEach((round, r) => {
    for (const [value, idx] of duplicates(round.questions, (q) => q.id)) {
      for (const i of idx.slice(1)) issues.push({ path: ['rounds', r, 'questions', i, 'id'], key: 'duplicateQuestionId', vars: { value } });
    }
    const times = roundTimesLocal(round);
    const at = (path: (string | number)[], local: string) => {
      if (!instantOf(local, zone)) issues.push({ path, key: 'skippedTime', vars: { value: local, zone } });
    };
    at(['rounds', r, 'meeting'], times.meeting);
    at(['rounds', r, 'post'], times.post);
    times.reminders.forEach((t, i) => {
      at(['rounds', r, 'reminders', i], t);
    });
    at(['rounds', r, 'deadline'], times.deadline);

    // Wall-clock strings of one zone sort like the instants they name.
    if (times.post >= times.meeting) {
      issues.push({ path: ['rounds', r, 'post'], key: 'postAfterMeeting', vars: { value: times.post, meeting: times.meeting } });
    }
    times.reminders.forEach((t, i) => {
      if (t >= times.meeting) {
        issues.push({ path: ['rounds', r, 'reminders', i], key: 'reminderAfterMeeting', vars: { value: t, meeting: times.meeting } });
      }
    });
    if (times.deadline <= times.meeting) {
      issues.push({ path: ['rounds', r, 'deadline'], key: 'deadlineBeforeMeeting', vars: { value: times.deadline, meeting: times.meeting } });
    }
  });
  return issues;
}
