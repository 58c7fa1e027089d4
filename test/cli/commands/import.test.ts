import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCliCaptured } from '../../helpers/run-cli';
import { tempDir } from '../../helpers/temp-dir';
import { replyLine as line } from '../helpers/reply-line';

const dir = tempDir();
afterAll(() => dir.remove());

let n = 0;
const freshStore = () => ({ STORE_URL: `sqlite://${join(dir.path, `store-${++n}.sqlite`)}` });

describe('lnb import', () => {
  it('reads every line into the store and says how many, once however often the file is imported', async () => {
    const env = freshStore();
    const file = join(dir.path, 'in.jsonl');
    writeFileSync(file, `${[line(), line({ id: 'r2', text: 'Mer tid 🙂 <b>för</b> samtal' })].join('\n')}\n`);
    const imported = await runCliCaptured(['import', 'in.jsonl'], { cwd: dir.path, env });
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    expect(imported.stdout).toContain('2 svar inlästa');
    await runCliCaptured(['import', file], { cwd: dir.path, env });
    const out = await runCliCaptured(['export'], { cwd: dir.path, env });
    expect(out.stdout.trim().split('\n').map((l) => JSON.parse(l).text)).toEqual([
      'Avlösning när det behövs, inte bara när det passar schemat.',
      'Mer tid 🙂 <b>för</b> samtal',
    ]);
  });

  it('reports every bad line by number and imports nothing of the file', async () => {
    const env = freshStore();
    const file = join(dir.path, 'bad.jsonl');
    writeFileSync(file, [line(), '{not json', line({ id: 'r2', role: 'kung' }), line({ id: 'r3', round: 'two' }), line()].join('\n'));
    const r = await runCliCaptured(['import', file, '--lang', 'en'], { cwd: dir.path, env });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Nothing was imported');
    expect(r.stderr).toContain('line 2: the line is not valid JSON');
    expect(r.stderr).toContain('line 3: role: "kung" is not allowed; choose one of: anhorig, politiker');
    expect(r.stderr).toContain('line 4: round: "two" has the wrong type');
    expect(r.stderr).toContain('line 5: reply id "r1" is already on line 1');
    const out = await runCliCaptured(['export'], { cwd: dir.path, env });
    expect(out.stdout).toBe('');
  });

  it('exits 2 for an empty file, one that is missing, and no file named', async () => {
    const env = freshStore();
    writeFileSync(join(dir.path, 'empty.jsonl'), '\n\n');
    expect((await runCliCaptured(['import', 'empty.jsonl'], { cwd: dir.path, env })).code).toBe(2);
    const missing = await runCliCaptured(['import', 'missing.jsonl'], { cwd: dir.path, env });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^missing\.jsonl: /);
    const none = await runCliCaptured(['import'], { cwd: dir.path, env });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('import');
  });
});
