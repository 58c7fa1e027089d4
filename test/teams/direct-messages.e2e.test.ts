import { parseProgram } from '../../src/program/load-program';
import { runDue } from '../../src/schedule/run-due';
import { COORD, LEAD, personalConversationId, personalMessage } from './helpers/teams-activities';
import { startTeamsHarness, type TeamsHarness } from './helpers/teams-harness';
import { TEAMS_PROGRAM_YAML } from './helpers/teams-program';

let h: TeamsHarness;
afterEach(async () => {
  await h.close();
});

describe('private messages from the schedule on Teams', () => {
  it('when the second coordinator cannot be reached, the retry does not message the first again (Teams cannot look, the ledger remembers)', async () => {
    const program = parseProgram(TEAMS_PROGRAM_YAML.replace('coordinators: [aad-coord]', 'coordinators: [aad-coord, aad-lead]'), 'teams-program.yaml');
    h = await startTeamsHarness({ program, now: '2026-12-10T07:00:00Z' });
    // Both have written to the bot, so it has their 1:1 chats.
    for (const person of [COORD, LEAD]) expect((await h.send(personalMessage(h.connector.url, person, 'help'))).status).toBe(200);
    await runDue(h.t.ctx); // the missed actions
    const to = (person: typeof COORD) => h.connector.activities(personalConversationId(person)).length;
    const before = { coord: to(COORD), lead: to(LEAD) };

    h.t.clock.set('2026-12-10T08:00:00Z');
    h.connector.fail((c) => c.method === 'POST' && c.conversationId === personalConversationId(LEAD), 403, 1, {}, { error: { code: 'Forbidden' } });
    expect((await runDue(h.t.ctx)).failed).toContain('teams-test/1/*/deadline/0');
    expect(to(COORD)).toBe(before.coord + 1);
    expect(to(LEAD)).toBe(before.lead);

    h.t.clock.advance(2 * 60_000);
    expect((await runDue(h.t.ctx)).sent).toContain('teams-test/1/*/deadline/0');
    expect(to(COORD)).toBe(before.coord + 1);
    expect(to(LEAD)).toBe(before.lead + 1);
  });
});
