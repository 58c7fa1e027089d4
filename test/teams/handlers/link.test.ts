import { linkHere } from '../../../src/teams/handlers/link';
import { ANNA, COORD, channelMessage, ESK_CHANNEL } from '../helpers/teams-activities';
import { teamsTurnsForEach } from '../helpers/teams-turn';

const h = teamsTurnsForEach();

const said = () => h.connector.activities().map((c) => String(c.body.text).replace(/\u200b/g, ''));

describe('linkHere', () => {
  it('ties the channel (not the thread) to the network for a coordinator, and keeps it as an install too', async () => {
    const activity = channelMessage(h.connector.url, COORD, 'link eskilstuna');
    await h.run(activity, (turn) => linkHere(h.deps, turn, { platform: 'teams', userId: 'aad-coord' }, 'eskilstuna'));
    const link = await h.t.store.links.get('teams-test', 'eskilstuna');
    expect(link).toMatchObject({ platform: 'teams', channel: ESK_CHANNEL, linkedBy: 'teams:aad-coord', reference: { serviceUrl: h.connector.url, conversation: { id: ESK_CHANNEL } } });
    expect((await h.t.store.contacts.get('teams', `conversation:${ESK_CHANNEL}`))?.reference).toEqual(link?.reference);
    expect(said()).toEqual([expect.stringMatching(/kopplad till nätverket Eskilstuna/)]);
  });

  it('links nothing and keeps nothing for someone who is not a coordinator, and says so', async () => {
    await h.run(channelMessage(h.connector.url, ANNA, 'link eskilstuna'), (turn) => linkHere(h.deps, turn, { platform: 'teams', userId: 'aad-anna' }, 'eskilstuna'));
    expect(await h.t.store.links.get('teams-test', 'eskilstuna')).toBeUndefined();
    expect(await h.t.store.contacts.get('teams', `conversation:${ESK_CHANNEL}`)).toBeUndefined();
    expect(said()).toHaveLength(1);
  });

  it('refuses a network that does not exist, in the program’s words, escaped', async () => {
    await h.run(channelMessage(h.connector.url, COORD, 'link x'), (turn) => linkHere(h.deps, turn, { platform: 'teams', userId: 'aad-coord' }, '**[okänt](http://x)**'));
    expect(await h.t.store.links.get('teams-test', 'eskilstuna')).toBeUndefined();
    const [text] = h.connector.activities().map((c) => String(c.body.text));
    expect(text).not.toMatch(/\]\(/);
    expect(String(text).replace(/\u200b/g, '')).toMatch(/^Det finns inget nätverk som heter \*\*\[okänt\]\(http:\/\/x\)\*\*/);
  });
});
