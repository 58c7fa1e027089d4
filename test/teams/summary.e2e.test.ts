import { submitForm } from '../../src/core/submit-form';
import { cardOf, cardText } from './helpers/fake-connector';
import { ANNA, COORD, channelMessage, ESK_CHANNEL, LEAD, personalConversationId, personalMessage } from './helpers/teams-activities';
import { startTeamsHarness, type TeamsHarness } from './helpers/teams-harness';

let h: TeamsHarness;
beforeEach(async () => {
  h = await startTeamsHarness();
  const ref = { kind: 'answer' as const, program: 'teams-test', round: 1, network: 'eskilstuna' };
  for (const [userId, text] of [
    ['p1', 'Vi vill ha mer avlösning och stöd på kvällar.'],
    ['p2', 'Avlösning i hemmet skulle hjälpa oss mycket.'],
    ['p3', 'Samverkan med regionen och vårdcentralen behövs.'],
  ] as const) {
    await submitForm(h.t.ctx, { platform: 'teams', userId }, ref, { values: { syfte: text, betyg: 'Bra' }, role: 'anhorig', consent: true });
  }
});
afterEach(async () => {
  await h.close();
});

const lastText = (conversationId: string) =>
  String(h.connector.activities(conversationId).at(-1)?.body.text ?? '').replace(/\u200b/g, '');

async function compilationFor(conversationId: string) {
  await h.connector.waitFor(() => h.connector.activities(conversationId).some((c) => cardOf(c.body)?.actions !== undefined && cardText(cardOf(c.body)).includes('Word')));
  const card = cardOf(h.connector.activities(conversationId).at(-1)?.body ?? {});
  const link = ((card?.actions ?? []) as { type: string; url: string }[]).find((a) => a.type === 'Action.OpenUrl');
  return { card, url: link?.url ?? '' };
}

describe('summary', () => {
  it('gives a coordinator the compilation card and a working, signed, expiring link to the Word file', async () => {
    await h.send(personalMessage(h.connector.url, COORD, 'summary 1'));
    const personal = personalConversationId(COORD);
    expect(lastText(personal)).toMatch(/Jag gör ett utkast till sammanställning av träff 1/);
    const { card, url } = await compilationFor(personal);
    const text = cardText(card);
    expect(text).toMatch(/Utkast: sammanställning av träff 1/);
    expect(text).toMatch(/Vad vill ni uppnå med stödet\?/);
    expect(text).toMatch(/Bra/);
    expect(url.startsWith(`${h.baseUrl}/files/`)).toBe(true);

    const download = await fetch(url);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toMatch(/wordprocessingml/);
    expect(download.headers.get('content-disposition')).toMatch(/sammanstallning-teams-test-1\.docx/);
    const body = Buffer.from(await download.arrayBuffer());
    expect(body.subarray(0, 2).toString()).toBe('PK');

    // A changed byte in the token, another id, or a made-up token: nothing.
    const token = url.slice(url.lastIndexOf('/') + 1);
    const [id, exp, sig] = token.split('.');
    const flip = (s: string) => (s[0] === 'A' ? 'B' : 'A') + s.slice(1);
    for (const forged of [`${flip(id ?? '')}.${exp}.${sig}`, `${id}.${(Number.parseInt(exp ?? '0', 36) + 3_600_000).toString(36)}.${sig}`, `${id}.${exp}.${flip(sig ?? '')}`, 'x', '../../etc/passwd']) {
      expect((await fetch(`${h.baseUrl}/files/${forged}`)).status).toBe(404);
    }
    // After a day the genuine link is refused too.
    h.t.clock.advance(24 * 60 * 60 * 1000 + 1000);
    const expired = await fetch(url);
    expect(expired.status).toBe(410);
    expect(await expired.text()).toMatch(/gått ut/);
  });

  it('gives a leader their own network from the network channel, privately', async () => {
    await h.send(channelMessage(h.connector.url, COORD, 'link eskilstuna'));
    const ask = channelMessage(h.connector.url, LEAD, 'summary');
    await h.send(ask);
    expect(lastText(ask.conversation?.id ?? '')).toMatch(/träff 1/);
    const { card } = await compilationFor(personalConversationId(LEAD));
    expect(cardText(card)).toMatch(/Eskilstuna: \d+ person(er)?, 6 svar/);
    // Nothing of the compilation lands in the channel.
    expect(h.connector.activities(ESK_CHANNEL)).toHaveLength(0);
  });

  it('refuses a leader another network, and a participant politely', async () => {
    await h.send(personalMessage(h.connector.url, LEAD, 'summary 1 katrineholm'));
    expect(lastText(personalConversationId(LEAD))).toMatch(/ditt eget nätverk \(Eskilstuna\)/);
    await h.send(personalMessage(h.connector.url, ANNA, '<at>Lärande nätverk</at> summary'));
    expect(lastText(personalConversationId(ANNA))).toMatch(/kan beställas av nätverkens ledare och av samordnaren/);
    await h.teams.stop(); // Stopping waits for the turns' background work: nothing more can come after this.
    expect(h.connector.activities().filter((c) => cardOf(c.body))).toHaveLength(0);
  });

  it('speaks English to a client in English', async () => {
    await h.send(personalMessage(h.connector.url, ANNA, 'summary', 'en-US'));
    expect(lastText(personalConversationId(ANNA))).toMatch(/Compilations can be requested by the networks' leaders/);
  });
});
