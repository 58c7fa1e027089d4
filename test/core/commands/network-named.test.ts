import { networkName, networkNamed, networkNames } from '../../../src/core/commands/network-named';
import { parseProgram } from '../../../src/program/load-program';
import { MINIMAL_PROGRAM } from '../../helpers/program-yaml';

const program = parseProgram(
  MINIMAL_PROGRAM.replace('rounds:', '  - id: nykoping\n    name: Nyköping\n    platform: slack\n    leaders: [U0NYK]\nrounds:'),
  'test.yaml',
);

describe('networkNamed', () => {
  it('finds a network by id or display name, any case, with or without å, ä, ö', () => {
    expect(networkNamed(program, 'nykoping')?.id).toBe('nykoping');
    expect(networkNamed(program, 'NYKÖPING')?.id).toBe('nykoping');
    expect(networkNamed(program, '  Nyköping ')?.id).toBe('nykoping');
    expect(networkNamed(program, 'Eskilstuna')?.id).toBe('eskilstuna');
  });

  it('finds nothing for an empty or unknown name', () => {
    expect(networkNamed(program, '')).toBeUndefined();
    expect(networkNamed(program, '   ')).toBeUndefined();
    expect(networkNamed(program, 'Västerås')).toBeUndefined();
  });
});

describe('networkNames and networkName', () => {
  it('lists display names, all or the given ids in their order, skipping unknown ids', () => {
    expect(networkNames(program)).toBe('Eskilstuna, Katrineholm, Nyköping');
    expect(networkNames(program, ['nykoping', 'gone', 'eskilstuna'])).toBe('Nyköping, Eskilstuna');
  });

  it('gives the id when the program no longer has the network', () => {
    expect(networkName(program, 'katrineholm')).toBe('Katrineholm');
    expect(networkName(program, 'gone')).toBe('gone');
  });
});
