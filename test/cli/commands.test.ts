import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minutesId } from '../../src/core/reply-id';
import { runCliCaptured } from '../helpers/run-cli';
import { tempDir } from '../helpers/temp-dir';

const repo = join(__dirname, '../..');
const dir = tempDir();
afterAll(() => dir.remove());

const line = (over: Record<string, unknown> = {}) =>
  JSON.stringify({
    id: 'r1',
    program: 'anhorigstod-2027',
    round: 1,
    network: 'eskilstuna',
    question: 'syfte',
    role: 'anhorig',
    kind: 'answer',
    text: 'Avlösning när det behövs, inte bara när det passar schemat.',
    option: null,
    consent: true,
    createdAt: '2026-11-20T10:00:00.000Z',
    ...over,
  });

describe('lnb check', () => {
  it('prints the plan of the Swedish example and exits 0', async () => {
    const r = await runCliCaptured(['check', 'examples/program.sv.yaml'], { cwd: repo });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Träff 1: Vad är ett individualiserat anhörigstöd? — 2026-12-03 13:00');
    expect(r.stdout).toContain('2026-11-19 09:00  (2026-11-19 08:00 UTC)  frågorna skickas: eskilstuna, katrineholm, nykoping');
  });

  it('prints the plan as JSON with exactly the documented fields', async () => {
    const r = await runCliCaptured(['check', 'examples/program.en.yaml', '--json'], { cwd: repo });
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(plan.find((a) => a.action === 'post')).toEqual({
      action: 'post',
      round: 1,
      network: 'eskilstuna',
      slot: 0,
      at: '2026-11-19T08:00:00.000Z',
      atLocal: '2026-11-19T09:00',
    });
    const fields = ['action', 'at', 'atLocal', 'network', 'round', 'slot'];
    for (const a of plan) expect(Object.keys(a).filter((k) => k !== 'requestedLocal').sort()).toEqual(fields);
    expect(new Set(plan.map((a) => a.action))).toEqual(new Set(['warn', 'post', 'remind', 'nudge', 'deadline']));
  });

  it('exits 2 with every problem on stderr for a bad program', async () => {
    const file = join(dir.path, 'bad.yaml');
    writeFileSync(file, 'program:\n  id: Bad Id\n  title: x\nnetworks: []\nrounds: []\n');
    const r = await runCliCaptured(['check', file, '--lang', 'en'], { cwd: repo });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('has 3 problems');
    expect(r.stderr).toContain('program.id (line 2): "Bad Id" is not a valid id');
    expect(r.stderr).toContain('networks (line 4): needs at least 1 items');
  });

  it('exits 2 for a missing file, a missing argument and an unknown command', async () => {
    expect((await runCliCaptured(['check', 'nope.yaml'], { cwd: repo })).code).toBe(2);
    expect((await runCliCaptured(['check'], { cwd: repo })).code).toBe(2);
    const unknown = await runCliCaptured(['compil'], { cwd: repo, locale: 'en' });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command: compil');
    expect((await runCliCaptured(['check', 'examples/program.sv.yaml', '--bogus'], { cwd: repo })).code).toBe(2);
  });

  it('prints help with exit 0 when asked, and exit 2 with nothing', async () => {
    expect((await runCliCaptured(['help'], { cwd: repo })).code).toBe(0);
    const none = await runCliCaptured([], { cwd: repo });
    expect(none.code).toBe(2);
    expect(none.stdout).toContain('Användning: lnb');
  });
});

describe('lnb import and export', () => {
  let n = 0;
  const freshStore = () => ({ STORE_URL: `sqlite://${join(dir.path, `store-${++n}.sqlite`)}` });

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
    expect(imported.stdout).toContain('3 svar inlästa');

    const exported = await runCliCaptured(['export'], { cwd: dir.path, env });
    expect(exported.code).toBe(0);
    expect(exported.stdout.trim().split('\n')).toEqual(lines);

    const filtered = await runCliCaptured(['export', '--round', '1', '--network', 'katrineholm'], { cwd: dir.path, env });
    expect(filtered.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual([minutes]);

    // Importing the same file again changes nothing and makes no duplicates.
    await runCliCaptured(['import', file], { cwd: dir.path, env });
    const again = await runCliCaptured(['export', '--out', 'out.jsonl'], { cwd: dir.path, env });
    expect(again.code).toBe(0);
    expect(require('node:fs').readFileSync(join(dir.path, 'out.jsonl'), 'utf8').trim().split('\n')).toEqual(lines);
  });

  it('never exports who wrote a reply', async () => {
    const env = freshStore();
    const file = join(dir.path, 'one.jsonl');
    writeFileSync(file, `${line()}\n`);
    await runCliCaptured(['import', file], { cwd: dir.path, env });
    const out = await runCliCaptured(['export'], { cwd: dir.path, env });
    expect(Object.keys(JSON.parse(out.stdout))).not.toContain('author');
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

  it('exits 2 for an empty file or one that is missing', async () => {
    const env = freshStore();
    writeFileSync(join(dir.path, 'empty.jsonl'), '\n\n');
    expect((await runCliCaptured(['import', 'empty.jsonl'], { cwd: dir.path, env })).code).toBe(2);
    expect((await runCliCaptured(['import', 'missing.jsonl'], { cwd: dir.path, env })).code).toBe(2);
    expect((await runCliCaptured(['import'], { cwd: dir.path, env })).code).toBe(2);
    expect((await runCliCaptured(['export', '--round', 'x'], { cwd: dir.path, env })).code).toBe(2);
  });

  it('exits 1 with a clear message when the store does not answer', async () => {
    const file = join(dir.path, 'ok.jsonl');
    writeFileSync(file, `${line()}\n`);
    const r = await runCliCaptured(['import', file, '--lang', 'en'], { cwd: dir.path, env: { STORE_URL: 'redis://127.0.0.1:1' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^The store is not answering: store /);
  });

  it('exits 2 for a STORE_URL it does not understand', async () => {
    const r = await runCliCaptured(['export', '--lang', 'en'], { cwd: dir.path, env: { STORE_URL: 'mysql://x' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('STORE_URL: "mysql://x" is not supported');
  });
});
