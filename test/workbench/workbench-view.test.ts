import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { translate } from '../../src/i18n/translate';
import { importReplies, parseReplyFile } from '../../src/replies/import-replies';
import type { WorkbenchState } from '../../src/workbench/edited-compilation';
import type { WorkbenchReply } from '../../src/workbench/shape-compilation';
import { workbenchReplies } from '../../src/workbench/workbench-replies';
import { createWorkbenchRepository } from '../../src/workbench/workbench-repository';
import { WorkbenchService } from '../../src/workbench/workbench-service';
import { type ViewInput, workbenchView } from '../../src/workbench/workbench-view';
import { openTestContext, type TestContext } from '../helpers/bot-context';

// The draft is compiled in the worker thread: tests run after `npm run build`.
jest.setTimeout(60_000);

const REPLIES = join(__dirname, '../../examples/replies.sv.jsonl');

interface ReplyView {
  id: string;
  text: string;
  network: string;
  who: string;
  minutes: boolean;
  quotable: boolean;
  excluded: boolean;
}
interface QuestionView {
  id: string;
  kind: string;
  themes: { id: string; label: string; replies: ReplyView[] }[];
  unplaced: ReplyView[];
  fresh: ReplyView[];
}

describe('workbenchView', () => {
  let t: TestContext;
  let state: WorkbenchState;
  let replies: WorkbenchReply[];
  const scope = { program: 'anhorigstod-2027', round: 1 };

  beforeAll(async () => {
    t = await openTestContext({ now: '2026-12-05T10:00:00Z' });
    const lines = parseReplyFile(readFileSync(REPLIES, 'utf8'), REPLIES, 'sv');
    await importReplies(lines, t.store.replies, t.clock.now());
    await t.store.replies.save(
      { id: 'named', program: scope.program, round: 1, network: 'eskilstuna', question: 'syfte', author: { platform: 'local', userId: 'deltagare-eskilstuna' }, role: 'anhorig', kind: 'answer', text: 'Min man Per Andersson behöver avlösning.', option: null, consent: false },
      t.clock.now(),
    );
    const service = new WorkbenchService({ ctx: t.ctx, repo: createWorkbenchRepository(t.store.workbench, t.store.leases), baseUrl: () => 'http://x', fileLink: async () => 'http://x/f' });
    state = await service.state(scope);
    replies = await workbenchReplies(t.store, scope, 'sv');
  });
  afterAll(() => t.close());

  const view = (over: Partial<ViewInput> = {}) =>
    workbenchView({ state, replies, program: t.ctx.program, role: 'coordinator', canPublish: true, canUndo: false, csrf: 'csrf-token', locale: 'sv', channels: ['#eskilstuna'], ...over });

  it('holds every reply of the draft once, redacted, by role and network name, and never who wrote it', () => {
    const v = view();
    const questions = v.questions as QuestionView[];
    const shown = questions.flatMap((q) => [...q.themes.flatMap((th) => th.replies), ...q.unplaced, ...q.fresh]);
    const ids = shown.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const textIds = new Set(replies.filter((r) => (r.text ?? '').trim() !== '').map((r) => r.id));
    for (const id of textIds) expect(ids).toContain(id);
    const named = shown.find((r) => r.id === 'named');
    expect(named).toMatchObject({ text: 'Min man [namn] behöver avlösning.', network: 'Eskilstuna', quotable: false, minutes: false, excluded: false });
    expect(named?.who).toBe(translate('sv', 'role.anhorig'));
    const json = JSON.stringify(v);
    expect(json).not.toContain('Per Andersson');
    expect(json).not.toContain('deltagare-eskilstuna');
    expect(json).not.toMatch(/"author"/);
  });

  it('marks minutes as the group’s, in the page’s language', () => {
    const shown = (view({ locale: 'en' }).questions as QuestionView[]).flatMap((q) => q.themes.flatMap((th) => th.replies));
    const minutes = shown.filter((r) => r.minutes);
    expect(minutes.length).toBeGreaterThan(0);
    for (const m of minutes) expect(m.who).toBe(translate('en', 'workbench.minutes'));
  });

  it('passes on the session’s rights and token, and names the scope', () => {
    const v = view();
    expect(v).toMatchObject({ locale: 'sv', csrf: 'csrf-token', role: 'coordinator', canPublish: true, canUndo: false, version: state.version, edits: 0, channels: ['#eskilstuna'] });
    expect(v.title).toContain('1');
    expect(v.scope).toBe(translate('sv', 'workbench.scopeAll'));
    const leader = view({ role: 'leader', canPublish: false, network: 'eskilstuna', locale: 'en' });
    expect(leader).toMatchObject({ role: 'leader', canPublish: false, locale: 'en' });
    expect(leader.scope).toBe(translate('en', 'workbench.scopeNetwork', { name: 'Eskilstuna' }));
  });

  it('gives the script every string it needs, translated, in either language', () => {
    for (const locale of ['sv', 'en'] as const) {
      const { strings } = view({ locale });
      expect(Object.keys(strings).length).toBeGreaterThan(30);
      for (const [key, text] of Object.entries(strings)) {
        expect(text).toBe(translate(locale, `workbench.${key}`));
        expect(text).not.toBe(`workbench.${key}`);
      }
    }
  });

  it('shows a reply that is no longer in the store nowhere', () => {
    const questions = view({ replies: replies.filter((r) => r.id !== 'named') }).questions as QuestionView[];
    const ids = questions.flatMap((q) => [...q.themes.flatMap((th) => th.replies), ...q.unplaced, ...q.fresh]).map((r) => r.id);
    expect(ids).not.toContain('named');
  });
});
