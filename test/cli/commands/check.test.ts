import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatPlan } from '../../../src/cli/commands/check';
import { planProgram } from '../../../src/plan/plan-program';
import { exampleProgram } from '../../helpers/bot-context';
import { MINIMAL_PROGRAM } from '../../helpers/program-yaml';
import { runCliCaptured } from '../../helpers/run-cli';
import { tempDir } from '../../helpers/temp-dir';

const repo = join(__dirname, '../../..');
const dir = tempDir();
afterAll(() => dir.remove());

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

  it('exits 2 for a missing file, a missing argument and an unknown option', async () => {
    expect((await runCliCaptured(['check', 'nope.yaml'], { cwd: repo })).code).toBe(2);
    const none = await runCliCaptured(['check', '--lang', 'en'], { cwd: repo });
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain('check');
    expect((await runCliCaptured(['check', 'examples/program.sv.yaml', '--bogus'], { cwd: repo })).code).toBe(2);
  });

  it('prints when retention ends', async () => {
    const file = join(dir.path, 'program.yaml');
    writeFileSync(file, MINIMAL_PROGRAM.replace('  coordinators: [U0COORD]', '  coordinators: [U0COORD]\n  retention: { months: 6 }'));
    const out = await runCliCaptured(['check', file], { cwd: dir.path });
    expect(out.stdout).toContain('Svaren sparas till 2027-05-02 09:00 (2027-05-02 07:00 UTC): 6 månader efter sista träffens sista dag för dokumentation.');
  });
});

describe('formatPlan', () => {
  const program = exampleProgram();
  const plan = planProgram(program);

  it('writes one line per moment and action, naming every network it goes to, in each language', () => {
    const sv = formatPlan(program, plan, 'sv');
    const en = formatPlan(program, plan, 'en');
    expect(sv).not.toBe(en);
    for (const text of [sv, en]) {
      expect(text.endsWith('\n')).toBe(true);
      // Each round's heading appears once, and in the program's order.
      const at = program.rounds.map((r) => text.indexOf(r.title));
      expect(at.every((i) => i >= 0)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
    }
    const posts = plan.filter((a) => a.round === 1 && a.action === 'post');
    const line = sv.split('\n').find((l) => l.includes(posts[0]?.atLocal.replace('T', ' ') ?? '?') && l.includes('frågorna skickas'));
    for (const p of posts) expect(line).toContain(p.network);
  });

  it('names the coordinators for an action that goes to no network, and says nothing of a round without actions', () => {
    const round = program.rounds[0];
    if (!round) throw new Error('example has no round');
    const only = plan.filter((a) => a.round === round.number);
    const coordinatorAction = { ...only[0], network: null } as (typeof plan)[number];
    const text = formatPlan(program, [coordinatorAction], 'en');
    expect(text).toContain(': coordinators');
    for (const other of program.rounds.slice(1)) expect(text).not.toContain(other.title);
  });
});
