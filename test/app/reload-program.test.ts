import { readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createProgramReloader, type ProgramReloader, readProgramSource } from '../../src/app/reload-program';
import { parseProgram } from '../../src/program/load-program';
import { EXAMPLE_PROGRAM_FILE, openTestContext, type TestContext } from '../helpers/bot-context';
import { tempDir } from '../helpers/temp-dir';

const EXAMPLE = readFileSync(EXAMPLE_PROGRAM_FILE, 'utf8');

let t: TestContext;
let dir: ReturnType<typeof tempDir>;
let file: string;
let reloader: ProgramReloader;

// No watcher here: only the check every tick makes, which must work alone.
beforeEach(async () => {
  dir = tempDir();
  file = join(dir.path, 'program.yaml');
  writeFileSync(file, EXAMPLE);
  const loaded = await readProgramSource(file);
  if (!loaded) throw new Error('no file');
  t = await openTestContext({ program: parseProgram(loaded.text, file) });
  reloader = createProgramReloader({ ctx: t.ctx, file, cwd: dir.path, loaded, logLocale: 'en', settleMs: 200 });
});

afterEach(async () => {
  await reloader.stop();
  await t.close();
  dir.remove();
});

const notices = () => t.local.sent('user:samordnare').filter((d) => d.key.startsWith('program/'));

describe('the program reloader', () => {
  it('sees nothing in an untouched file, a touched one or one changed back', async () => {
    const program = t.ctx.program;
    expect(await reloader.check()).toEqual({ status: 'unchanged' });
    utimesSync(file, new Date(), new Date(Date.now() + 5_000));
    expect(await reloader.check()).toEqual({ status: 'unchanged' });
    expect(t.ctx.program).toBe(program);
  });

  it('takes a changed file on the next check, with what changed', async () => {
    writeFileSync(file, EXAMPLE.replace('title: Delaktighet och bemötande', 'title: Delaktighet'));
    const outcome = await reloader.check();
    expect(outcome).toMatchObject({ status: 'reloaded', changes: { roundsChanged: [2], networksChanged: [], settingsChanged: false } });
    expect(t.ctx.program.rounds[1]?.title).toBe('Delaktighet');
    expect(await reloader.check()).toEqual({ status: 'unchanged' });
  });

  it('waits for a save caught halfway before judging it, and tells nobody about the half', async () => {
    writeFileSync(file, EXAMPLE.slice(0, EXAMPLE.indexOf('rounds:') + 20));
    const checking = reloader.check();
    setTimeout(() => writeFileSync(file, EXAMPLE.replace('name: Nyköping', 'name: Nyköpings kommun')), 50);
    expect(await checking).toMatchObject({ status: 'reloaded', changes: { networksChanged: ['nykoping'] } });
    expect(notices()).toEqual([]);
  });

  it('keeps the program while the file is gone, and takes it again when it is back', async () => {
    const program = t.ctx.program;
    rmSync(file);
    expect(await reloader.check()).toEqual({ status: 'kept', reason: 'missing' });
    expect(await reloader.check()).toEqual({ status: 'unchanged' });
    expect(t.ctx.program).toBe(program);
    expect(notices()).toEqual([]);
    writeFileSync(`${file}.tmp`, EXAMPLE);
    renameSync(`${file}.tmp`, file);
    expect(await reloader.check()).toEqual({ status: 'unchanged' });
    writeFileSync(file, EXAMPLE.replace('title: Individualiserat anhörigstöd', 'title: Anhörigstöd'));
    expect(await reloader.check()).toMatchObject({ status: 'reloaded', changes: { settingsChanged: true } });
  });

  it('tells the coordinators in the running program\'s language, once per bad version', async () => {
    const english = readFileSync(join(EXAMPLE_PROGRAM_FILE, '../program.en.yaml'), 'utf8');
    writeFileSync(file, english.replace(/id: [a-z0-9-]+\n/, 'id: anhorigstod-2027\n'));
    expect(await reloader.check()).toMatchObject({ status: 'reloaded' });
    const coordinator = t.ctx.program.program.coordinators[0] as string;
    writeFileSync(file, english.replace(/id: [a-z0-9-]+\n/, 'id: anhorigstod-2027\n').replace(/meeting: \S+/, 'meeting: tomorrow'));
    expect(await reloader.check()).toEqual({ status: 'kept', reason: 'invalid' });
    expect(await reloader.check()).toEqual({ status: 'unchanged' });
    const told = t.local.sent(`user:${coordinator}`).filter((d) => d.key.startsWith('program/'));
    expect(told).toHaveLength(1);
    expect(told[0]?.message.fallback).toBe('The change to the program file is not in use yet');
    expect(JSON.stringify(told[0]?.message.blocks)).toMatch(/rounds\[0\]\.meeting \(line \d+\): /);
  });
});
