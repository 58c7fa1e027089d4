import { capturedLog } from '../helpers/captured-log';
import { installInTeam } from './helpers/teams-activities';
import { startTeamsHarness, type TeamsHarness } from './helpers/teams-harness';

const { log, lines } = capturedLog();

let h: TeamsHarness;
beforeAll(async () => {
  h = await startTeamsHarness({ log });
});
afterAll(async () => h.close());

describe('POST /api/messages', () => {
  it("logs each activity's lines with the activity's id", async () => {
    const first = installInTeam(h.connector.url);
    const second = { ...installInTeam(h.connector.url), id: 'act-second' };
    expect((await h.send(first)).status).toBe(200);
    expect((await h.send(second)).status).toBe(200);
    const installed = lines.filter((l) => l.msg === 'teams app installed');
    expect(installed.map((l) => l.req)).toEqual([first.id, 'act-second']);
  });

  it('refuses a body that is not an activity, before any turn', async () => {
    const res = await fetch(`${h.baseUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '[]' });
    expect(res.status).toBe(400);
  });
});
