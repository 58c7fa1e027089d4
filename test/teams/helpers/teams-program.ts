import { parseProgram } from '../../../src/program/load-program';
import type { Program } from '../../../src/program/schema';

/** Two Teams networks: one linked from the chat, one whose channel the file names. */
export const TEAMS_PROGRAM_YAML = `program:
  id: teams-test
  title: Teamsprogrammet
  coordinators: [aad-coord]
networks:
  - id: eskilstuna
    name: Eskilstuna
    platform: teams
    leaders: [aad-lead]
  - id: katrineholm
    name: Katrineholm
    platform: teams
    channel: "19:kat@thread.tacv2"
    leaders: [aad-lead-kat]
rounds:
  - number: 1
    title: Vad är delaktighet?
    meeting: 2026-12-03T13:00
    questions:
      - id: syfte
        text: Vad vill ni uppnå med stödet?
        help: Ge gärna exempel.
      - id: betyg
        kind: choice
        text: Hur var träffen?
        options: [Bra, Sådär]
`;

export function teamsProgram(): Program {
  return parseProgram(TEAMS_PROGRAM_YAML, 'teams-program.yaml');
}
