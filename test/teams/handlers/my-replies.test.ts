import { submitForm } from '../../../src/core/submit-form';
import { sendMyReplies } from '../../../src/teams/handlers/my-replies';
import { rememberContact } from '../../../src/teams/remember-contact';
import { cardOf, cardText } from '../helpers/fake-connector';
import { ANNA, channelMessage, personalConversationId, personalMessage } from '../helpers/teams-activities';
import { startTeamsTurns, type TeamsTurns } from '../helpers/teams-turn';

const anna = { platform: 'teams' as const, userId: 'aad-anna' };
const ref = { kind: 'answer' as const, program: 'teams-test', round: 1, network: 'eskilstuna' };

let h: TeamsTurns;
beforeEach(async () => {
  h = await startTeamsTurns();
  await submitForm(h.t.ctx, anna, ref, { values: { syfte: 'Annas eget svar 😀' }, role: 'anhorig', consent: true });
  await submitForm(h.t.ctx, { platform: 'teams', userId: 'aad-other' }, ref, { values: { syfte: 'Någon annans svar' }, role: 'chef', consent: true });
});
afterEach(async () => h.close());

const texts = (conversationId: string) => h.connector.activities(conversationId).map((c) => cardText(cardOf(c.body)) || String(c.body.text).replace(/\u200b/g, ''));

describe('sendMyReplies', () => {
  it('in the personal chat, shows the sender their own data there, and only theirs', async () => {
    await h.run(personalMessage(h.connector.url, ANNA, 'mina svar'), (turn) => sendMyReplies(h.deps, turn, anna, 'sv'));
    const [shown] = texts(personalConversationId(ANNA));
    expect(shown).toContain('Annas eget svar 😀');
    expect(shown).not.toContain('Någon annans svar');
    expect(shown).toContain('Radera mina svar');
  });

  it('typed in a channel, sends it to the personal chat and tells the channel only that', async () => {
    const inChannel = channelMessage(h.connector.url, ANNA, 'mina svar');
    await h.run(inChannel, async (turn) => {
      await rememberContact(h.t.ctx, turn.activity);
      await sendMyReplies(h.deps, turn, anna, 'sv');
    });
    expect(texts(personalConversationId(ANNA)).join('\n')).toContain('Annas eget svar');
    const channel = texts(inChannel.conversation?.id ?? '');
    expect(channel).toEqual([expect.stringMatching(/skickat det till dig i en privat chatt/)]);
    expect(channel.join('')).not.toContain('Annas eget svar');
  });

  it('says in the channel that it could not write privately, still showing nothing there', async () => {
    const inChannel = channelMessage(h.connector.url, ANNA, 'my replies');
    await h.run(inChannel, (turn) => sendMyReplies(h.deps, turn, anna, 'en'));
    const channel = texts(inChannel.conversation?.id ?? '');
    expect(channel).toEqual([expect.stringMatching(/could not write to you in a personal chat.*my replies there/)]);
    expect(h.connector.activities(personalConversationId(ANNA))).toEqual([]);
  });
});
