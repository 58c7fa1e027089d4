import type { Person } from '../../src/core/person';
import { mayPublish, workbenchRole } from '../../src/workbench/workbench-access';
import { exampleProgram } from '../helpers/bot-context';

const program = exampleProgram();
const id = program.program.id;
const coordinator: Person = { platform: 'local', userId: 'samordnare' };
const leader: Person = { platform: 'local', userId: 'ledare-eskilstuna' };
const participant: Person = { platform: 'local', userId: 'deltagare-eskilstuna' };

describe('workbenchRole', () => {
  it('lets a coordinator shape any part of a round: the whole round or any network’s', () => {
    expect(workbenchRole(program, coordinator, { program: id, round: 1 })).toBe('coordinator');
    for (const n of program.networks) expect(workbenchRole(program, coordinator, { program: id, round: 2, network: n.id })).toBe('coordinator');
  });

  it('lets a leader shape only their own network’s part, never the whole round', () => {
    expect(workbenchRole(program, leader, { program: id, round: 1, network: 'eskilstuna' })).toBe('leader');
    expect(workbenchRole(program, leader, { program: id, round: 1, network: 'katrineholm' })).toBeUndefined();
    expect(workbenchRole(program, leader, { program: id, round: 1 })).toBeUndefined();
  });

  it('gives a participant no access at all', () => {
    expect(workbenchRole(program, participant, { program: id, round: 1, network: 'eskilstuna' })).toBeUndefined();
    expect(workbenchRole(program, participant, { program: id, round: 1 })).toBeUndefined();
  });

  it('refuses a scope outside the program in use: another program, a round or network it lacks', () => {
    expect(workbenchRole(program, coordinator, { program: 'annat-program', round: 1 })).toBeUndefined();
    expect(workbenchRole(program, coordinator, { program: id, round: 99 })).toBeUndefined();
    expect(workbenchRole(program, coordinator, { program: id, round: 1, network: 'flen' })).toBeUndefined();
    expect(workbenchRole(program, leader, { program: id, round: 0, network: 'eskilstuna' })).toBeUndefined();
  });
});

describe('mayPublish', () => {
  it('is only a coordinator’s whole-round page', () => {
    expect(mayPublish('coordinator', { program: id, round: 1 })).toBe(true);
    expect(mayPublish('coordinator', { program: id, round: 1, network: 'eskilstuna' })).toBe(false);
    expect(mayPublish('leader', { program: id, round: 1 })).toBe(false);
    expect(mayPublish(undefined, { program: id, round: 1 })).toBe(false);
  });
});
