import { parseProgram } from '../../src/program/load-program';
import type { Program } from '../../src/program/schema';

/**
 * A program on Slack for the adapter's tests: one network with a channel in
 * the file, one to be linked from the chat. Round 1 opens on 19 November
 * 2026, so at the tests' clock (23 November) it is the current round.
 */
export const SLACK_PROGRAM_YAML = `program:
  id: slack-test
  title: Anhörigstöd på Slack
  locale: sv
  timezone: Europe/Stockholm
  coordinators: [U0COORD]
networks:
  - id: eskilstuna
    name: Eskilstuna
    platform: slack
    channel: C0ESK
    leaders: [U0LEAD]
  - id: katrineholm
    name: Katrineholm
    platform: slack
    leaders: [U0LEAD2]
rounds:
  - number: 1
    title: Vad är ett bra stöd?
    meeting: 2026-12-03T13:00
    questions:
      - id: behov
        text: Vilka behov har du som anhörig?
        help: Ge gärna ett exempel.
      - id: stod
        text: Vilket stöd har hjälpt dig mest?
      - id: nojd
        kind: choice
        text: Är du nöjd med stödet?
        options: [Ja, Delvis, Nej]
  - number: 2
    title: Samverkan
    meeting: 2027-01-14T13:00
    questions:
      - id: samverkan
        text: Hur fungerar samverkan?
`;

export const slackProgram = (): Program => parseProgram(SLACK_PROGRAM_YAML, 'slack-test.yaml');
