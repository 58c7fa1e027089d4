import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../../../src/store/open-store';
import { MINIMAL_PROGRAM } from '../../helpers/program-yaml';
import { runCliCaptured } from '../../helpers/run-cli';
import { tempDir } from '../../helpers/temp-dir';

const dir = tempDir();
afterAll(() => dir.remove());

/** MINIMAL_PROGRAM's deadline is 2 November 2026 09:00; with 6 months, replies are kept until 2 May 2027 09:00. */
const file = join(dir.path, 'program.yaml');
writeFileSync(file, MINIMAL_PROGRAM.replace('  coordinators: [U0COORD]', '  coordinators: [U0COORD]\n  retention: { months: 6 }'));
const env = { STORE_URL: `sqlite://${join(dir.path, 'lnb.sqlite')}` };

async function seed(): Promise<void> {
  const store = await openStore(env.STORE_URL, dir.path);
  const base = { round: 1, network: 'eskilstuna', question: 'q1', author: null, role: 'chef' as const, option: null, consent: false };
  await store.replies.save({ ...base, id: 'a1', program: 'test-program', kind: 'answer', text: 'ett' }, new Date('2026-10-27T10:00:00Z'));
  await store.replies.save({ ...base, id: 'a1', program: 'test-program', kind: 'answer', text: 'två' }, new Date('2026-10-28T10:00:00Z'));
  await store.replies.save({ ...base, id: 'm1', program: 'test-program', kind: 'minutes', text: 'anteckning' }, new Date('2026-10-27T10:00:00Z'));
  await store.replies.save({ ...base, id: 'o1', program: 'annat', kind: 'answer', text: 'annat program' }, new Date('2026-10-27T10:00:00Z'));
  await store.close();
}

async function remaining(): Promise<string[]> {
  const store = await openStore(env.STORE_URL, dir.path);
  try {
    return (await store.replies.list({})).map((r) => r.id);
  } finally {
    await store.close();
  }
}

describe('lnb purge', () => {
  it('refuses before retention ends, saying when it ends and how to shorten it', async () => {
    await seed();
    const early = await runCliCaptured(['purge', file], { cwd: dir.path, env, now: new Date('2027-05-02T06:59:00Z') });
    expect(early.code).toBe(2);
    expect(early.stderr).toContain('Inget raderades: svaren i Testprogram ska sparas till 2027-05-02 09:00 (6 månader');
    expect(early.stderr).toContain('program.retention.months');
    expect((await remaining()).sort()).toEqual(['a1', 'm1', 'o1']);
  });

  it('deletes the program’s replies with their history once it has ended, and only that program’s', async () => {
    const done = await runCliCaptured(['purge', file, '--lang', 'en'], { cwd: dir.path, env, now: new Date('2027-05-02T07:00:00Z') });
    expect(done).toMatchObject({ code: 0, stderr: '' });
    expect(done.stdout).toBe('The replies in Testprogram are deleted (answers: 1, group minutes: 1, earlier versions: 1).\n');
    expect(await remaining()).toEqual(['o1']);
    const again = await runCliCaptured(['purge', file], { cwd: dir.path, env, now: new Date('2027-05-03T07:00:00Z') });
    expect(again.stdout).toContain('(svar: 0, gruppanteckningar: 0, tidigare versioner: 0)');
  });
});
