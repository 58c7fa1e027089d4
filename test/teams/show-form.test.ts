import { MAX_ANSWER_LENGTH } from '../../src/core/form-model';
import { submitForm } from '../../src/core/submit-form';
import { parseProgram } from '../../src/program/load-program';
import { fitsInTeams } from '../../src/teams/cards/fit-card';
import { rememberContact } from '../../src/teams/remember-contact';
import { showForm } from '../../src/teams/show-form';
import { cardOf, cardText, MAX_ACTIVITY_BYTES } from './helpers/fake-connector';
import { ANNA, channelMessage, LEAD, personalConversationId, personalMessage } from './helpers/teams-activities';
import { TEAMS_PROGRAM_YAML } from './helpers/teams-program';
import { startTeamsTurns, type TeamsTurns } from './helpers/teams-turn';

const ref = { kind: 'answer' as const, program: 'teams-test', round: 1, network: 'eskilstuna' };
const lead = { platform: 'teams' as const, userId: 'aad-lead' };

let h: TeamsTurns;
afterEach(async () => h.close());

describe('showForm', () => {
  beforeEach(async () => {
    h = await startTeamsTurns();
  });

  it('in the personal chat, opens the form there with what was saved', async () => {
    await submitForm(h.t.ctx, lead, ref, { values: { syfte: 'Mitt sparade svar' }, role: 'chef', consent: true });
    await h.run(personalMessage(h.connector.url, LEAD, 'answer'), (turn) => showForm(h.deps, turn, lead, ref));
    const [sent] = h.connector.activities(personalConversationId(LEAD));
    const card = cardOf(sent?.body ?? {});
    expect(sent?.body.summary).toMatch(/Träff 1/);
    expect(((card?.body ?? []) as { id?: string; value?: unknown }[]).find((e) => e.id === 'q.syfte')?.value).toBe('Mitt sparade svar');
  });

  it('from a channel, sends the form to the personal chat and says nothing in the channel', async () => {
    const inChannel = channelMessage(h.connector.url, LEAD, 'answer eskilstuna');
    await h.run(inChannel, async (turn) => {
      await rememberContact(h.t.ctx, turn.activity);
      await showForm(h.deps, turn, lead, ref);
    });
    expect(cardText(cardOf(h.connector.activities(personalConversationId(LEAD))[0]?.body ?? {}))).toMatch(/Vad vill ni uppnå med stödet\?/);
    expect(h.connector.activities(inChannel.conversation?.id)).toEqual([]);
  });

  it('says in the channel when it cannot write privately, and shows no form there', async () => {
    const inChannel = channelMessage(h.connector.url, LEAD, 'answer eskilstuna');
    await h.run(inChannel, (turn) => showForm(h.deps, turn, lead, ref));
    const said = h.connector.activities(inChannel.conversation?.id);
    expect(said.map((c) => String(c.body.text).replace(/\u200b/g, ''))).toEqual([expect.stringMatching(/Jag kunde inte skriva till dig i en privat chatt/)]);
    expect(cardOf(said[0]?.body ?? {})).toBeUndefined();
  });

  it('answers a form that may not be opened with a line, not a form', async () => {
    await h.run(personalMessage(h.connector.url, ANNA, 'answer'), (turn) => showForm(h.deps, turn, { platform: 'teams', userId: 'aad-anna' }, { ...ref, kind: 'minutes' }));
    const said = h.connector.activities(personalConversationId(ANNA));
    expect(said).toHaveLength(1);
    expect(cardOf(said[0]?.body ?? {})).toBeUndefined();
    expect(String(said[0]?.body.text).replace(/\u200b/g, '')).toMatch(/^Bara nätverkets ledare och samordnaren kan dokumentera/);
  });
});

describe('showForm with saved answers larger than a card', () => {
  const program = parseProgram(
    TEAMS_PROGRAM_YAML.replace(/questions:[\s\S]*$/, `questions:\n${Array.from({ length: 10 }, (_, i) => `      - { id: q${i + 1}, text: Fråga ${i + 1}? }\n`).join('')}`),
    'long.yaml',
  );
  /** About 4 KB each in UTF-8 (three-byte punctuation): 40 KB for the ten. */
  const answer = (n: number) => `Svar ${n}: ”avlösning” – på kvällar – ${'ö'.repeat(MAX_ANSWER_LENGTH)}`.slice(0, MAX_ANSWER_LENGTH);

  beforeEach(async () => {
    h = await startTeamsTurns({ program });
  });

  it('sends the answers it could not prefill whole in a message just before the form, every activity within Teams’ limit', async () => {
    const values = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`q${i + 1}`, answer(i + 1)]));
    expect((await submitForm(h.t.ctx, lead, ref, { values, role: 'chef', consent: true })).ok).toBe(true);
    await h.run(personalMessage(h.connector.url, LEAD, 'answer'), (turn) => showForm(h.deps, turn, lead, ref));
    const sent = h.connector.activities(personalConversationId(LEAD));
    const form = sent.at(-1);
    const card = cardOf(form?.body ?? {});
    expect(card).toBeDefined();
    expect(fitsInTeams(card as never)).toBe(true);
    const prefilled = ((card?.body ?? []) as { id?: string; value?: string }[]).filter((e) => e.id?.startsWith('q') && e.value !== '');
    const keptIds = ((card?.actions ?? []) as { data?: { kept?: string[] } }[])[0]?.data?.kept ?? [];
    expect(prefilled.length + keptIds.length).toBe(10);
    expect(keptIds.length).toBeGreaterThan(0);
    const messages = sent.slice(0, -1).map((c) => String(c.body.text)).join('\n\n');
    for (const id of keptIds) expect(messages).toContain(answer(Number(id.slice(1))));
    for (const call of sent) expect(Buffer.byteLength(JSON.stringify(call.body))).toBeLessThanOrEqual(MAX_ACTIVITY_BYTES);
  });
});
