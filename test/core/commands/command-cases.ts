import type { RuleCall } from '../../../src/core/commands/resolve-command';
import { parseProgram } from '../../../src/program/load-program';
import type { Program } from '../../../src/program/schema';

/** One program per platform, alike but for where its networks live. */
export function commandsProgram(platform: 'slack' | 'teams' | 'local'): Program {
  const channel = (id: string) => (platform === 'slack' ? `C0${id.toUpperCase()}` : platform === 'teams' ? `"19:${id}@thread.tacv2"` : id);
  return parseProgram(
    `program:
  id: commands-test
  title: Kommandon
  locale: sv
  timezone: Europe/Stockholm
  coordinators: [U0COORD]
networks:
  - id: eskilstuna
    name: Eskilstuna
    platform: ${platform}
    channel: ${channel('esk')}
    leaders: [U0LEAD]
  - id: katrineholm
    name: Katrineholm
    platform: ${platform}
    leaders: [U0LEAD2]
  - id: nykoping
    name: Nyköping
    platform: ${platform}
    leaders: [U0LEAD3]
rounds:
  - number: 1
    title: Vad är ett bra stöd?
    meeting: 2026-12-03T13:00
    questions:
      - id: behov
        text: Vilka behov har du som anhörig?
  - number: 2
    title: Samverkan
    meeting: 2027-01-14T13:00
    questions:
      - id: samverkan
        text: Hur fungerar samverkan?
`,
    'commands-test.yaml',
  );
}

/** Who types: someone the program does not name (`answered`: who answered for Eskilstuna before), a leader, the coordinator. */
export type Who = 'participant' | 'answered' | 'leader' | 'coordinator';
/** Where: Eskilstuna's channel (in the trial, its conversation), a channel linked to nothing, a personal chat. */
export type Where = 'eskilstuna' | 'unlinked' | 'personal';

export const USER_OF: Record<Who, string> = { participant: 'U0PART', answered: 'U0ANS', leader: 'U0LEAD', coordinator: 'U0COORD' };

export interface CommandCase {
  who: Who;
  where: Where;
  /** What is typed after the command prefix (`/lnb …`, `@bot …`, or alone in the chat). */
  text: string;
  call: RuleCall;
}

const ref = (network: string) => ({ rule: 'openForm', ref: { kind: 'answer', program: 'commands-test', round: 1, network } }) as const;
const refuse = (pattern: RegExp): RuleCall => ({ rule: 'refuse', message: expect.stringMatching(pattern) });

/** The shared table: the same input gives the same rule call on Slack, Teams and the trial's web chat. */
export const COMMAND_CASES: CommandCase[] = [
  { who: 'participant', where: 'eskilstuna', text: 'svara', call: ref('eskilstuna') },
  { who: 'participant', where: 'eskilstuna', text: 'Answer', call: ref('eskilstuna') },
  { who: 'participant', where: 'eskilstuna', text: 'svara katrineholm', call: refuse(/Här i kanalen svarar du för Eskilstuna/) },
  { who: 'participant', where: 'personal', text: 'svara', call: refuse(/vet inte än vilket nätverk du är med i/) },
  { who: 'participant', where: 'unlinked', text: 'svara', call: refuse(/inte kopplad till något nätverk än/) },
  { who: 'answered', where: 'personal', text: 'svara', call: ref('eskilstuna') },
  { who: 'answered', where: 'personal', text: 'svara Katrineholm', call: refuse(/svara för Eskilstuna, men inte för Katrineholm/) },
  { who: 'answered', where: 'personal', text: 'svara Malmö', call: refuse(/inget nätverk som heter Malmö\. .*Eskilstuna, Katrineholm, Nyköping/) },
  { who: 'coordinator', where: 'personal', text: 'svara Nyköping', call: ref('nykoping') },
  { who: 'leader', where: 'personal', text: 'sammanställning', call: { rule: 'summary', scope: { round: 1, network: 'eskilstuna' }, message: expect.any(String) } },
  { who: 'leader', where: 'eskilstuna', text: 'summary', call: { rule: 'summary', scope: { round: 1, network: 'eskilstuna' }, message: expect.any(String) } },
  { who: 'leader', where: 'personal', text: 'summary katrineholm', call: refuse(/ditt eget nätverk \(Eskilstuna\)/) },
  { who: 'coordinator', where: 'personal', text: 'summary 1 Nyköping', call: { rule: 'summary', scope: { round: 1, network: 'nykoping' }, message: expect.any(String) } },
  { who: 'coordinator', where: 'personal', text: 'sammanställning 2', call: { rule: 'summary', scope: { round: 2 }, message: expect.any(String) } },
  { who: 'coordinator', where: 'personal', text: 'summary Atlantis', call: refuse(/inget nätverk som heter Atlantis\. .*Eskilstuna, Katrineholm, Nyköping/) },
  { who: 'participant', where: 'eskilstuna', text: 'summary', call: refuse(/ledare och av samordnaren/) },
  { who: 'coordinator', where: 'unlinked', text: 'koppla Katrineholm', call: { rule: 'link', network: 'katrineholm' } },
  { who: 'coordinator', where: 'unlinked', text: 'link nykoping', call: { rule: 'link', network: 'nykoping' } },
  { who: 'participant', where: 'unlinked', text: 'koppla katrineholm', call: refuse(/Bara samordnaren/) },
  { who: 'coordinator', where: 'personal', text: 'koppla eskilstuna', call: refuse(/i nätverkets kanal, inte i en privat chatt/) },
  { who: 'participant', where: 'personal', text: 'status', call: { rule: 'status' } },
  { who: 'leader', where: 'eskilstuna', text: 'läge', call: { rule: 'status' } },
  { who: 'participant', where: 'personal', text: 'mina svar', call: { rule: 'myReplies' } },
  { who: 'participant', where: 'eskilstuna', text: 'my-replies', call: { rule: 'myReplies' } },
  { who: 'participant', where: 'personal', text: 'hjälp', call: { rule: 'help' } },
  { who: 'participant', where: 'personal', text: 'dansa', call: { rule: 'help', unknown: 'dansa' } },
];
