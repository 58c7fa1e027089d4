import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileReplyOf } from '../../src/compile/compile-reply-of';
import { compileRound } from '../../src/compile/compile-round';
import { parseProgram } from '../../src/program/load-program';
import { openStore } from '../../src/store/open-store';
import { editedCompilation } from '../../src/workbench/edited-compilation';
import { createWorkbenchRepository } from '../../src/workbench/workbench-repository';
import { FakeClock } from '../helpers/fake-clock';
import { runCliCaptured } from '../helpers/run-cli';
import { tempDir } from '../helpers/temp-dir';

const PROGRAM = join(__dirname, '../../examples/program.sv.yaml');
const REPLIES = join(__dirname, '../../examples/replies.sv.jsonl');
const now = new Date('2026-12-05T10:00:00Z');
const dir = tempDir();
const env = { STORE_URL: `sqlite://${join(dir.path, 'lnb.sqlite')}` };
const program = parseProgram(readFileSync(PROGRAM, 'utf8'), PROGRAM);
const scope = { program: program.program.id, round: 1 };
afterAll(() => dir.remove());

describe('the edited compilation outside the workbench', () => {
  it('is what lnb compile gives once the workbench holds edits, and --draft gives the machine’s', async () => {
    expect((await runCliCaptured(['import', REPLIES], { cwd: dir.path, env, now })).code).toBe(0);
    const store = await openStore(env.STORE_URL, dir.path, new FakeClock(now));
    let question: string;
    try {
      expect(await editedCompilation(store, program, scope)).toBeUndefined();
      const replies = (await store.replies.list({ program: scope.program, round: 1 })).map(compileReplyOf);
      const compilation = compileRound({ program, round: 1, replies, locale: 'sv', now: now.toISOString() });
      const q = compilation.questions.find((x) => x.kind === 'text' && x.themes.length > 0);
      const theme = q?.themes[0];
      if (!q || !theme) throw new Error('no theme');
      question = q.questionId;
      const repo = createWorkbenchRepository(store.workbench, store.leases);
      await repo.ensureBase(scope, async () => ({ compilation, createdAt: now.toISOString() }));
      await repo.append(scope, () => ({ by: 'local:samordnare', at: now.toISOString(), edit: { kind: 'rename', question, theme: theme.id, label: 'Omdöpt av samordnaren' } }));
      await repo.append(scope, () => ({ by: 'local:samordnare', at: now.toISOString(), edit: { kind: 'reflection', text: 'Reflektionen från arbetsytan.' } }));
      expect((await editedCompilation(store, program, scope))?.reflection).toBe('Reflektionen från arbetsytan.');
    } finally {
      await store.close();
    }
    const edited = await runCliCaptured(['compile', '--program', PROGRAM, '--round', '1'], { cwd: dir.path, env, now });
    expect(edited.code).toBe(0);
    expect(edited.stdout).toContain('### Omdöpt av samordnaren');
    expect(edited.stdout).toContain('Reflektionen från arbetsytan.');
    expect(edited.stderr).toContain('--draft');
    const draft = await runCliCaptured(['compile', '--program', PROGRAM, '--round', '1', '--draft'], { cwd: dir.path, env, now });
    expect(draft.code).toBe(0);
    expect(draft.stdout).not.toContain('Omdöpt av samordnaren');
    expect(draft.stdout).not.toContain('Reflektionen från arbetsytan.');
  });
});
