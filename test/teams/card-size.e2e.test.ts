import { MAX_ANSWER_LENGTH } from '../../src/core/form-model';
import { replyInput } from '../helpers/reply-input';
import { cardText } from './helpers/fake-connector';
import { ANNA, personalConversationId, personalMessage } from './helpers/teams-activities';
import { startTeamsHarness, type TeamsHarness } from './helpers/teams-harness';

/** Teams refuses a bot's activity over about 28 KB (413 MessageSizeTooBig). */
const LIMIT = 28 * 1024;

let h: TeamsHarness;
beforeEach(async () => {
  h = await startTeamsHarness();
});
afterEach(async () => h.close());

const personal = personalConversationId(ANNA);

/** A full-length answer in Swedish, with the characters card escaping lengthens (*, _, [, ]). */
function longAnswer(seed: number): string {
  const sentence = `Svar ${seed}: vi behöver *avlösning* i hemmet, [stöd](x) och _samordning_ mellan förvaltningarna. `;
  return sentence.repeat(Math.ceil(MAX_ANSWER_LENGTH / sentence.length)).slice(0, MAX_ANSWER_LENGTH);
}

/** A whole program's worth for one person: four meetings, four questions each, every answer at the limit, each edited. */
async function seedLargest(): Promise<void> {
  const inputs = [];
  for (let round = 1; round <= 4; round++) {
    for (let q = 1; q <= 4; q++) {
      inputs.push(
        replyInput({
          id: `big-${round}-${q}`,
          program: 'teams-test',
          round,
          network: 'eskilstuna',
          question: `fraga-${q}`,
          author: { platform: 'teams', userId: 'aad-anna' },
          text: longAnswer(round * 10 + q),
        }),
      );
    }
  }
  await h.t.store.replies.saveMany(inputs, h.t.clock.now());
}

describe('card size in Teams', () => {
  it('mina svar with the largest realistic content stays under 28 KB and says where the rest is', async () => {
    await seedLargest();
    expect((await h.send(personalMessage(h.connector.url, ANNA, 'mina svar'))).status).toBe(200);
    const sent = h.connector.activities(personal).at(-1);
    if (!sent) throw new Error('nothing sent');
    expect(Buffer.byteLength(JSON.stringify(sent.body), 'utf8')).toBeLessThan(LIMIT);
    const text = cardText(sent.body);
    expect(text).toMatch(/Några svar är förkortade \(…\) så att kortet får plats i Teams/);
    // Every answer is still named, only shortened.
    for (let q = 1; q <= 4; q++) expect(text).toContain(`Svar 4${q}:`);
  });

  it('a card Teams refuses as too large (413) gives the person a clear message once, not a loop', async () => {
    const tooBig = { error: { code: 'MessageSizeTooBig', message: 'Message size too big' } };
    h.connector.fail((c) => c.method === 'POST' && c.conversationId === personal && c.path.includes('/activities'), 413, 1, {}, tooBig);
    const ask = personalMessage(h.connector.url, ANNA, 'mina svar');
    expect((await h.send(ask)).status).toBe(200);
    const told = h.connector.activities(personal);
    expect(told).toHaveLength(1);
    expect(String(told[0]?.body.text)).toMatch(/för stort för Teams att visa/);
    expect(String(told[0]?.body.text)).not.toMatch(/Något gick fel/);
    // Teams sends the activity again (no answer came through): it is not tried again, so no loop.
    expect((await h.send(ask)).status).toBe(200);
    expect(h.connector.activities(personal)).toHaveLength(1);
  });
});
