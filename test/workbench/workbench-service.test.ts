import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Person } from '../../src/core/person';
import { parseProgram } from '../../src/program/load-program';
import { importReplies, parseReplyFile } from '../../src/replies/import-replies';
import { createWorkbenchRepository } from '../../src/workbench/workbench-repository';
import { WORKBENCH_SESSION_MS, WorkbenchService } from '../../src/workbench/workbench-service';
import { EXAMPLE_PROGRAM_FILE, openTestContext, type TestContext } from '../helpers/bot-context';

// The draft is compiled in the worker thread: tests run after `npm run build`.
jest.setTimeout(60_000);

const REPLIES = join(__dirname, '../../examples/replies.sv.jsonl');
const coordinator: Person = { platform: 'local', userId: 'samordnare' };
const leader: Person = { platform: 'local', userId: 'ledare-eskilstuna' };
const participant: Person = { platform: 'local', userId: 'deltagare-eskilstuna' };

describe('WorkbenchService', () => {
  let t: TestContext;
  let service: WorkbenchService;
  const files: { fileName: string; size: number }[] = [];
  const id = () => t.ctx.program.program.id;
  const round = () => ({ program: id(), round: 1 });

  beforeAll(async () => {
    t = await openTestContext({ now: '2026-12-05T10:00:00Z' });
    const lines = parseReplyFile(readFileSync(REPLIES, 'utf8'), REPLIES, 'sv');
    await importReplies(lines, t.store.replies, t.clock.now());
    service = new WorkbenchService({
      ctx: t.ctx,
      repo: createWorkbenchRepository(t.store.workbench, t.store.leases),
      baseUrl: () => 'https://lnb.example.se//',
      fileLink: async (docx, fileName) => {
        files.push({ fileName, size: docx.length });
        return `https://lnb.example.se/files/${fileName}`;
      },
    });
  });
  afterAll(() => t.close());

  const tokenOf = (url: string | undefined) => url?.slice(url.lastIndexOf('/') + 1) ?? '';
  const signIn = async (person: Person, network?: string) => {
    const opened = await service.open(tokenOf(await service.mintLink(person, { ...round(), ...(network ? { network } : {}) })), 'sv');
    if (!opened.ok) throw new Error(opened.reason);
    const signed = await service.signedIn(opened.session.id);
    if (!signed) throw new Error('not signed in');
    return signed;
  };

  it('makes a link at the bot’s address for a coordinator or a network’s leader, and none for a participant', async () => {
    expect(await service.mintLink(coordinator, round())).toMatch(/^https:\/\/lnb\.example\.se\/workbench\/open\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(await service.mintLink(leader, { ...round(), network: 'eskilstuna' })).toBeDefined();
    expect(await service.mintLink(leader, round())).toBeUndefined();
    expect(await service.mintLink(participant, { ...round(), network: 'eskilstuna' })).toBeUndefined();
  });

  it('exchanges a link once for a session of a working day, and refuses it after', async () => {
    const token = tokenOf(await service.mintLink(coordinator, round()));
    const opened = await service.open(token, 'en');
    if (!opened.ok) throw new Error(opened.reason);
    expect(opened.session).toMatchObject({ ...round(), platform: 'local', userId: 'samordnare', locale: 'en', expiresAt: t.clock.now().getTime() + WORKBENCH_SESSION_MS });
    expect(opened.session.csrf).not.toBe(opened.session.id);
    expect(await service.open(token, 'en')).toEqual({ ok: false, reason: 'used' });
    expect(await service.open('garbage', undefined)).toEqual({ ok: false, reason: 'invalid' });
    expect(await service.open(`${token}x`, undefined)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses a link that has run out, and one whose person no longer has access', async () => {
    const late = tokenOf(await service.mintLink(coordinator, round()));
    t.clock.advance(60 * 60 * 1000 + 1);
    expect(await service.open(late, 'sv')).toEqual({ ok: false, reason: 'expired' });
    const program = t.ctx.program;
    try {
      const token = tokenOf(await service.mintLink(leader, { ...round(), network: 'eskilstuna' }));
      t.ctx.program = parseProgram(readFileSync(EXAMPLE_PROGRAM_FILE, 'utf8').replace('leaders: [ledare-eskilstuna]', 'leaders: [en-annan-ledare]'), EXAMPLE_PROGRAM_FILE);
      expect(await service.open(token, 'sv')).toEqual({ ok: false, reason: 'denied' });
    } finally {
      t.ctx.program = program;
    }
  });

  it('keeps a session while it lasts and its person has access, and ends it on sign-out', async () => {
    const signed = await signIn(leader, 'eskilstuna');
    expect(signed.role).toBe('leader');
    const program = t.ctx.program;
    try {
      t.ctx.program = parseProgram(readFileSync(EXAMPLE_PROGRAM_FILE, 'utf8').replace('leaders: [ledare-eskilstuna]', 'leaders: [en-annan-ledare]'), EXAMPLE_PROGRAM_FILE);
      expect(await service.signedIn(signed.session.id)).toBeUndefined();
    } finally {
      t.ctx.program = program;
    }
    expect((await service.signedIn(signed.session.id))?.role).toBe('leader');
    await service.signOut(signed.session.id);
    expect(await service.signedIn(signed.session.id)).toBeUndefined();
    const expiring = await signIn(coordinator);
    t.clock.advance(WORKBENCH_SESSION_MS);
    expect(await service.signedIn(expiring.session.id)).toBeUndefined();
  });

  it('makes the draft once, applies a person’s edits, and takes back only that person’s latest', async () => {
    const me = await signIn(coordinator);
    const other = await signIn(leader, 'eskilstuna');
    const before = await service.state(round());
    expect(await service.state(round())).toEqual(before);
    const q = before.shaped.questions.find((x) => x.kind === 'text' && x.themes.length > 0);
    const theme = q?.themes[0];
    if (!q || !theme) throw new Error('no theme in the draft');
    expect(await service.undo(me)).toBe(false);
    await service.edit(me, { kind: 'rename', question: q.questionId, theme: theme.id, label: 'Omdöpt 🙂 <b>' });
    const renamed = await service.state(round());
    expect(renamed.version).toBeGreaterThan(before.version);
    expect(renamed.shaped.questions.find((x) => x.questionId === q.questionId)?.themes.find((x) => x.id === theme.id)?.label).toBe('Omdöpt 🙂 <b>');
    expect(renamed.log.at(-1)).toMatchObject({ by: 'local:samordnare' });
    // The leader works on their own network's page, and has nothing of the coordinator's to undo.
    expect(await service.undo(other)).toBe(false);
    expect(await service.undo(me)).toBe(true);
    expect((await service.state(round())).shaped.questions.find((x) => x.questionId === q.questionId)?.themes.find((x) => x.id === theme.id)?.label).toBe(theme.label);
  });

  it('names the Word file by language, program, round and network', async () => {
    const whole = await service.docx(round());
    expect(whole.fileName).toBe(`sammanstallning-${id()}-1.docx`);
    expect(whole.body.subarray(0, 2).toString()).toBe('PK');
    expect((await service.docx({ ...round(), network: 'eskilstuna' })).fileName).toBe(`sammanstallning-${id()}-1-eskilstuna.docx`);
  });

  it('publishes only from a coordinator’s whole-round page: the Word file is linked and the networks’ channels get it once', async () => {
    const leaderSigned = await signIn(leader, 'eskilstuna');
    expect(await service.publish(leaderSigned)).toBe('denied');
    const coordinatorOnNetwork = await signIn(coordinator, 'eskilstuna');
    expect(await service.publish(coordinatorOnNetwork)).toBe('denied');
    expect(files).toEqual([]);

    const signed = await signIn(coordinator);
    const outcome = await service.publish(signed);
    if (outcome === 'denied') throw new Error('denied');
    expect(files.map((f) => f.fileName)).toEqual([`sammanstallning-${id()}-1.docx`]);
    expect(outcome.posted.length).toBeGreaterThan(0);
    const posts = t.local.sent().filter((d) => d.to.startsWith('channel:'));
    expect(posts.length).toBe(outcome.posted.length);
    expect(JSON.stringify(posts.map((p) => p.message))).toContain(`https://lnb.example.se/files/sammanstallning-${id()}-1.docx`);
    // The same version again goes nowhere twice.
    const again = await service.publish(signed);
    if (again === 'denied') throw new Error('denied');
    expect(again.posted).toEqual([]);
    expect(t.local.sent().filter((d) => d.to.startsWith('channel:')).length).toBe(posts.length);
  });
});
