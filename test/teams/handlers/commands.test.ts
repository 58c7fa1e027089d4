import { registerCommands, runTeamsCommand } from '../../../src/teams/handlers/commands';
import { cardOf, cardText } from '../helpers/fake-connector';
import { ANNA, COORD, cardSubmit, channelMessage, ESK_CHANNEL, LEAD, personalConversationId, personalMessage } from '../helpers/teams-activities';
import { type TeamsTurns, teamsTurnsForEach } from '../helpers/teams-turn';

const h = teamsTurnsForEach();

const run = (activity: Parameters<TeamsTurns['run']>[0]) => h.run(activity, (turn) => runTeamsCommand(h.deps, turn));
/** What the bot said in a conversation: each card's text or each line, zero-width spaces removed. */
const said = (conversationId: string) =>
  h.connector.activities(conversationId).map((c) => cardText(cardOf(c.body)) || String(c.body.text ?? '').replace(/\u200b/g, ''));

describe('runTeamsCommand', () => {
  it('gives the help to a bare mention, with the @-mention as it is typed in Teams', async () => {
    const activity = channelMessage(h.connector.url, ANNA, '');
    await run(activity);
    expect(said(activity.conversation?.id ?? '')).toEqual([expect.stringMatching(/i Teams[\s\S]*svara \[nätverk\]/)]);
  });

  it('says a word it does not know, and shows the help', async () => {
    await run(personalMessage(h.connector.url, ANNA, 'blaha'));
    expect(said(personalConversationId(ANNA))).toEqual([expect.stringMatching(/Ordet ”blaha” känner jag inte till/)]);
  });

  it('in English for a client in English', async () => {
    await run(personalMessage(h.connector.url, ANNA, 'help', 'en-GB'));
    const [help] = said(personalConversationId(ANNA));
    expect(help).toMatch(/answer/);
    expect(help).not.toMatch(/svara|nätverk/);
  });

  it('leaves a card’s submit (a value and no text) to the card routes', async () => {
    await run(cardSubmit(h.connector.url, ANNA, { lnb: 'open' }, 'card-1'));
    expect(h.connector.calls).toEqual([]);
  });

  it('refuses summary to a participant, in a line', async () => {
    await run(personalMessage(h.connector.url, ANNA, 'summary'));
    expect(said(personalConversationId(ANNA))).toEqual([expect.stringMatching(/ledare och av samordnaren/)]);
  });

  it('routes link, answer, status and my replies to their handlers', async () => {
    const link = channelMessage(h.connector.url, COORD, 'link eskilstuna');
    await run(link);
    expect(await h.t.store.links.get('teams-test', 'eskilstuna')).toMatchObject({ channel: ESK_CHANNEL });
    await run(personalMessage(h.connector.url, LEAD, 'answer eskilstuna'));
    expect(said(personalConversationId(LEAD)).at(-1)).toMatch(/Vad vill ni uppnå med stödet\?/);
    await run(personalMessage(h.connector.url, LEAD, 'status'));
    expect(said(personalConversationId(LEAD)).at(-1)).toMatch(/Eskilstuna \(eskilstuna\)/);
    await run(personalMessage(h.connector.url, LEAD, 'mina svar'));
    expect(said(personalConversationId(LEAD))).toHaveLength(3);
  });
});

describe('registerCommands', () => {
  it('takes every typed message', async () => {
    const send = h.app(registerCommands);
    await send(personalMessage(h.connector.url, ANNA, '/HJÄLP'));
    expect(said(personalConversationId(ANNA))).toEqual([expect.stringMatching(/status: se läget/)]);
  });
});
