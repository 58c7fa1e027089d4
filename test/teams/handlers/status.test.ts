import { replyStatus } from '../../../src/teams/handlers/status';
import { cardOf, cardText } from '../helpers/fake-connector';
import { ANNA, COORD, personalConversationId, personalMessage } from '../helpers/teams-activities';
import { teamsTurnsForEach } from '../helpers/teams-turn';

const h = teamsTurnsForEach();

const shown = (from: typeof ANNA) => cardText(cardOf(h.connector.activities(personalConversationId(from))[0]?.body ?? {}));

describe('replyStatus', () => {
  it('tells a coordinator where to install the app for the networks the bot cannot reach', async () => {
    await h.run(personalMessage(h.connector.url, COORD, 'status'), (turn) => replyStatus(h.deps, turn, { platform: 'teams', userId: 'aad-coord' }, 'sv'));
    const text = shown(COORD);
    expect(text).toMatch(/installera appen i nätverkets team och skriv @-omnämnandet av boten följt av link katrineholm/);
    expect(text).toMatch(/link eskilstuna/);
  });

  it('gives a participant their status without install notes, and asks Teams for nothing', async () => {
    await h.run(personalMessage(h.connector.url, ANNA, 'status'), (turn) => replyStatus(h.deps, turn, { platform: 'teams', userId: 'aad-anna' }, 'sv'));
    const text = shown(ANNA);
    expect(text).toMatch(/Du är med i programmet Teamsprogrammet/);
    expect(text).not.toMatch(/installera appen/);
    expect(h.connector.calls.filter((c) => !c.path.includes('/activities'))).toEqual([]);
  });
});
