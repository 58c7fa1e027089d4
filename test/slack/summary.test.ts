import { replyInput } from '../helpers/reply-input';
import { eventually, type SlackHarness, startSlackHarness } from './slack-harness';
import { commandBody } from './slack-payloads';

let h: SlackHarness;
beforeEach(async () => {
  h = await startSlackHarness();
  const base = { program: 'slack-test', round: 1, question: 'behov', kind: 'answer' as const, consent: true };
  const texts = [
    ['eskilstuna', 'Avlösning i hemmet på kvällarna skulle hjälpa mycket.'],
    ['eskilstuna', 'Jag behöver avlösning så att jag kan vila.'],
    ['katrineholm', 'Information om vilket stöd som finns i kommunen.'],
  ];
  for (const [i, [network, text]] of texts.entries()) {
    await h.t.store.replies.save(replyInput({ ...base, id: `r-${i}`, network, text }), h.t.clock.now());
  }
});
afterEach(async () => {
  await h.close();
});

const summary = (user: string, text = '', channel = 'C0ESK') =>
  h.command(commandBody({ command: '/summary', text, user, channel, responseUrl: h.fake.responseUrl('s') }));

/** The Web API methods called after start, in order, leaving out the locale lookups. */
const sequence = () => h.fake.calls.map((c) => c.method).filter((m) => m !== 'auth.test' && m !== 'users.info' && m !== 'respond');

describe('/summary', () => {
  it('gives the coordinator the whole round: acknowledged at once, then a direct message and the Word file', async () => {
    const res = await summary('U0COORD', '1');
    expect(res.json()).toEqual({ response_type: 'ephemeral', replace_original: false, text: expect.stringMatching(/utkast till sammanställning av träff 1/) });
    await eventually(() => h.fake.accepted('files.completeUploadExternal').length === 1, 20_000);
    expect(sequence()).toEqual(['conversations.open', 'chat.postMessage', 'files.getUploadURLExternal', 'upload', 'files.completeUploadExternal']);
    const message = h.fake.messages.at(-1);
    expect(message?.channel).toBe('DU0COORD');
    const blocks = JSON.stringify(message?.blocks);
    expect(blocks).toContain('Utkast: sammanställning av träff 1');
    expect(blocks).toContain('Eskilstuna: 1 person, 2 svar');
    expect(blocks).toContain('Katrineholm: 1');
    expect(message?.blocks.length).toBeLessThanOrEqual(50);
    const upload = h.fake.uploads[0];
    expect(upload?.filename).toBe('sammanstallning-slack-test-1.docx');
    expect(upload?.bytes.subarray(0, 2).toString()).toBe('PK');
    expect(h.fake.accepted('files.completeUploadExternal')[0]?.args).toMatchObject({
      channel_id: 'DU0COORD',
      files: [{ id: upload?.fileId, title: 'Utkast till sammanställning, träff 1' }],
    });
  });

  it("gives a leader their own network's round, without naming it", async () => {
    await summary('U0LEAD');
    await eventually(() => h.fake.uploads.length === 1, 20_000);
    expect(h.fake.uploads[0]?.filename).toBe('sammanstallning-slack-test-1-eskilstuna.docx');
    const blocks = JSON.stringify(h.fake.messages.at(-1)?.blocks);
    expect(blocks).toContain('Eskilstuna: 1 person, 2 svar');
    expect(blocks).not.toContain('Katrineholm');
  });

  it("refuses a leader another network's summary", async () => {
    const res = await summary('U0LEAD', 'katrineholm');
    expect((res.json() as { text: string }).text).toMatch(/ditt eget nätverk \(Eskilstuna\)/);
  });

  it('tells a participant politely, privately, who can, and compiles nothing', async () => {
    const res = await summary('U0PART', '1');
    expect(res.json()).toEqual({ response_type: 'ephemeral', replace_original: false, text: expect.stringMatching(/ledare och av samordnaren/) });
    await h.adapter.stop(); // Stopping waits for every request taken and all it started: nothing more can come after this.
    expect(sequence()).toEqual([]);
  });

  it('tells the coordinator privately when the delivery fails', async () => {
    h.fake.failWith('files.getUploadURLExternal', 'internal_error');
    await summary('U0COORD', '1');
    await eventually(() => h.fake.messages.length === 2, 20_000);
    expect(h.fake.messages[1]?.text).toMatch(/Det gick inte att göra sammanställningen/);
  });
});
