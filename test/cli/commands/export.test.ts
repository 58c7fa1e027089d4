import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minutesId } from '../../../src/core/reply-id';
import { runCliCaptured } from '../../helpers/run-cli';
import { tempDir } from '../../helpers/temp-dir';
import { replyLine as line } from '../helpers/reply-line';

const dir = tempDir();
afterAll(() => dir.remove());

let n = 0;
const freshStore = () => ({ STORE_URL: `sqlite://${join(dir.path, `store-${++n}.sqlite`)}` });

describe('lnb export', () => {
  it('round-trips replies: what is imported exports as the same lines', async () => {
    const env = freshStore();
    // Group minutes are the network's one record per question, under the id the leaders' form uses.
    const minutes = minutesId('anhorigstod-2027', 1, 'katrineholm', 'syfte');
    const lines = [
      line(),
      line({ id: minutes, network: 'katrineholm', role: 'politiker', kind: 'minutes', consent: false, createdAt: '2026-11-21T10:00:00.000Z' }),
      line({ id: 'r3', round: 4, question: 'forvantningar', text: null, option: 'Ja i viss mån', createdAt: '2026-11-22T10:00:00.000Z' }),
    ];
    const file = join(dir.path, 'in.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const imported = await runCliCaptured(['import', file], { cwd: dir.path, env });
    expect(imported).toMatchObject({ code: 0 });

    const exported = await runCliCaptured(['export'], { cwd: dir.path, env });
    expect(exported.code).toBe(0);
    expect(exported.stdout.trim().split('\n')).toEqual(lines);

    const filtered = await runCliCaptured(['export', '--round', '1', '--network', 'katrineholm'], { cwd: dir.path, env });
    expect(filtered.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual([minutes]);
    const otherProgram = await runCliCaptured(['export', '--program', 'annat-program'], { cwd: dir.path, env });
    expect(otherProgram).toMatchObject({ code: 0, stdout: '' });

    // Importing the same file again changes nothing and makes no duplicates.
    await runCliCaptured(['import', file], { cwd: dir.path, env });
    const again = await runCliCaptured(['export', '--out', 'out.jsonl', '--lang', 'en'], { cwd: dir.path, env });
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain('out.jsonl');
    expect(readFileSync(join(dir.path, 'out.jsonl'), 'utf8').trim().split('\n')).toEqual(lines);
  });

  it('never exports who wrote a reply', async () => {
    const env = freshStore();
    const file = join(dir.path, 'one.jsonl');
    writeFileSync(file, `${line()}\n`);
    await runCliCaptured(['import', file], { cwd: dir.path, env });
    const out = await runCliCaptured(['export'], { cwd: dir.path, env });
    expect(Object.keys(JSON.parse(out.stdout))).not.toContain('author');
  });

  it('prints nothing for an empty store, and exits 2 for a round that is no positive number', async () => {
    const env = freshStore();
    expect(await runCliCaptured(['export'], { cwd: dir.path, env })).toEqual({ code: 0, stdout: '', stderr: '' });
    for (const round of ['x', '0', '-1', '1.5']) {
      const r = await runCliCaptured(['export', '--round', round, '--lang', 'en'], { cwd: dir.path, env });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--round');
    }
  });
});
