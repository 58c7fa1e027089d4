import { submitForm } from '../../../src/core/submit-form';
import { startSummary } from '../../../src/teams/handlers/summary';
import { rememberContact } from '../../../src/teams/remember-contact';
import { capturedLog } from '../../helpers/captured-log';
import { cardOf, cardText } from '../helpers/fake-connector';
import { COORD, personalConversationId, personalMessage } from '../helpers/teams-activities';
import { startTeamsTurns, type TeamsTurns } from '../helpers/teams-turn';

const coord = { platform: 'teams' as const, userId: 'aad-coord' };
const captured = capturedLog();

let h: TeamsTurns;
beforeEach(async () => {
  captured.lines.length = 0;
  h = await startTeamsTurns({ log: captured.log });
  const ref = { kind: 'answer' as const, program: 'teams-test', round: 1, network: 'eskilstuna' };
  for (const [userId, text] of [
    ['p1', 'Vi vill ha mer avlösning och stöd på kvällar.'],
    ['p2', 'Avlösning i hemmet skulle hjälpa oss mycket.'],
  ] as const) {
    await submitForm(h.t.ctx, { platform: 'teams', userId }, ref, { values: { syfte: text, betyg: 'Bra' }, role: 'anhorig', consent: true });
  }
});
afterEach(async () => h.close());

const call = { scope: { round: 1 }, message: 'Jag gör ett utkast till sammanställning av träff 1.' };

describe('startSummary', () => {
  it('answers at once, and the compilation follows in the personal chat with a link to the Word file', async () => {
    const personal = personalConversationId(COORD);
    await h.run(personalMessage(h.connector.url, COORD, 'summary 1'), async (turn) => {
      await rememberContact(h.t.ctx, turn.activity);
      await startSummary(h.deps, turn, coord, call, 'sv');
      // The answer is out before the compilation is made.
      expect(h.connector.activities(personal).map((c) => String(c.body.text).replace(/\u200b/g, ''))).toEqual([call.message]);
    });
    await h.deps.tasks.drain();
    const sent = h.connector.activities(personal);
    expect(sent).toHaveLength(2);
    const card = cardOf(sent[1]?.body ?? {});
    expect(cardText(card)).toMatch(/Utkast: sammanställning av träff 1/);
    expect(((card?.actions ?? []) as { type: string; url: string }[]).find((a) => a.type === 'Action.OpenUrl')?.url).toMatch(/^http:\/\/127\.0\.0\.1:1\/files\//);
  });

  it('runs the compilation as a background task the platform’s stop waits for, logging a failure to deliver', async () => {
    // Nobody to deliver to: no conversation with this person was ever kept.
    await h.run(personalMessage(h.connector.url, COORD, 'summary 1'), (turn) => startSummary(h.deps, turn, coord, call, 'sv'));
    await h.deps.tasks.drain();
    expect(h.connector.activities(personalConversationId(COORD))).toHaveLength(1);
    expect(captured.lines.some((l) => l.msg === 'summary failed')).toBe(true);
  });
});
