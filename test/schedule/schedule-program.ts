import { parseProgram } from '../../src/program/load-program';
import type { Program } from '../../src/program/schema';

/**
 * Three local networks (one without a channel), one round around the start
 * of summer time in Stockholm (2026-03-29), with the default post, reminders,
 * nudges and deadline: post 2026-03-17 09:00, reminders 03-24 and 03-30
 * 09:00, meeting 03-31 13:00, nudges 04-03 and 04-06 09:00, deadline 04-07 09:00.
 */
export const SCHEDULE_PROGRAM = `program:
  id: sched
  title: Schemaprov
  coordinators: [coord]
networks:
  - { id: a, name: Alby, platform: local, channel: ch-a, leaders: [lead-a] }
  - { id: b, name: Berga, platform: local, channel: ch-b, leaders: [lead-b] }
  - { id: c, name: Cedra, platform: local, leaders: [lead-c] }
rounds:
  - number: 1
    title: Första träffen
    meeting: 2026-03-31T13:00
    questions:
      - { id: q1, text: Vad behöver anhöriga? }
`;

export function scheduleProgram(yaml = SCHEDULE_PROGRAM): Program {
  return parseProgram(yaml, 'sched.yaml');
}
