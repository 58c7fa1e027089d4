import { ProgramError } from '../../src/errors';
import { parseProgram } from '../../src/program/load-program';
/** A small valid program as YAML; tests change one thing to break it. */
export const MINIMAL_PROGRAM = `program:
  id: test-program
  title: Testprogram
  coordinators: [U0COORD]
networks:
  - id: eskilstuna
    name: Eskilstuna
    platform: slack
    channel: C0ESK
    leaders: [U0LEAD]
  - id: katrineholm
    name: Katrineholm
    platform: teams
    leaders: [29:leader]
rounds:
  - number: 1
    title: Träff 1
    meeting: 2026-10-26T13:00
    questions:
      - id: q1
        text: Vad är delaktighet för dig?
`;

/** MINIMAL_PROGRAM in `zone` with `lines` added to its program block; its one round: meeting 26 October 2026, deadline 2 November 09:00 (after the clocks went back). */
export const minimalProgramWith = (lines: string, zone = 'Europe/Stockholm') =>
  parseProgram(MINIMAL_PROGRAM.replace('  coordinators: [U0COORD]', `  coordinators: [U0COORD]\n  timezone: ${zone}${lines}`), 'test.yaml');

/** The problems (`path: message`) parseProgram refuses `yaml` with; fails when it accepts it. */
export function problemsOf(yaml: string, locale: 'sv' | 'en' = 'en'): string[] {
  try {
    parseProgram(yaml, 'test.yaml', locale);
  } catch (e) {
    if (e instanceof ProgramError) return e.problems.map((p) => `${p.path}: ${p.message}`);
    throw e;
  }
  throw new Error('expected the program to be refused');
}
