import { parseProgram } from '../../../src/program/load-program';
import type { Program } from '../../../src/program/schema';

export const PROGRAM_ID = 'rel';
/** Slack networks rs0…, Teams networks rt0…; their channels are in the file. */
export const slackNetwork = (i: number) => `rs${i}`;
export const teamsNetwork = (i: number) => `rt${i}`;
export const slackChannel = (i: number) => `C0RS${i}`;
export const teamsChannel = (i: number) => `19:rt${i}@thread.tacv2`;
export const SLACK_COORD = 'U0COORD';
export const SLACK_LEADER = (i: number) => `U0LEAD${i}`;
export const TEAMS_COORD = 'aad-coord';
export const TEAMS_LEADER = (i: number) => `aad-lead-${i}`;

export interface ProgramShape {
  slackNetworks: number;
  teamsNetworks: number;
  /** The round's meeting, local wall time (YYYY-MM-DDTHH:MM); default 3 December 2026 13:00. */
  meeting?: string;
  /** An exact post time, local; default: the program's rule (14 days before, 09:00). */
  post?: string;
  reminders?: boolean;
}

/**
 * A program with `slackNetworks` Slack and `teamsNetworks` Teams networks,
 * each with its channel and one leader, and one round of a text and a
 * choice question. Quiet hours are off so a test at any time of day can
 * make the schedule post.
 */
export function reliabilityProgramYaml(shape: ProgramShape): string {
  const networks: string[] = [];
  for (let i = 0; i < shape.slackNetworks; i++) {
    networks.push(`  - { id: ${slackNetwork(i)}, name: Slacknät ${i}, platform: slack, channel: ${slackChannel(i)}, leaders: [${SLACK_LEADER(i)}] }`);
  }
  for (let i = 0; i < shape.teamsNetworks; i++) {
    networks.push(`  - { id: ${teamsNetwork(i)}, name: Teamsnät ${i}, platform: teams, channel: "${teamsChannel(i)}", leaders: ["teams:${TEAMS_LEADER(i)}"] }`);
  }
  return `program:
  id: ${PROGRAM_ID}
  title: Tillförlitlighet
  locale: sv
  timezone: Europe/Stockholm
  quietHours: false
  coordinators: [${SLACK_COORD}, "teams:${TEAMS_COORD}"]
networks:
${networks.join('\n')}
rounds:
  - number: 1
    title: Vad är ett bra stöd?
    meeting: ${shape.meeting ?? '2026-12-03T13:00'}
${shape.post ? `    post: ${shape.post}\n` : ''}${shape.reminders === false ? '    reminders: []\n' : ''}    questions:
      - id: behov
        text: Vilka behov har du som anhörig?
      - id: nojd
        kind: choice
        text: Är du nöjd med stödet?
        options: [Ja, Delvis, Nej]
`;
}

export const reliabilityProgram = (shape: ProgramShape): Program => parseProgram(reliabilityProgramYaml(shape), 'reliability.yaml');
