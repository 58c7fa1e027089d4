import { findRoundAndNetwork } from '../../src/core/find-round';
import { exampleProgram } from '../helpers/bot-context';

const program = exampleProgram();

describe('findRoundAndNetwork', () => {
  it('finds the round and network a button names', () => {
    const found = findRoundAndNetwork(program, { program: 'anhorigstod-2027', round: 3, network: 'nykoping' });
    expect(found?.round.title).toBe('Från erfarenheter till strategi');
    expect(found?.network.name).toBe('Nyköping');
  });

  it('finds nothing for another program, a round or network the program no longer has', () => {
    expect(findRoundAndNetwork(program, { program: 'annat-program', round: 1, network: 'eskilstuna' })).toBeUndefined();
    expect(findRoundAndNetwork(program, { program: 'anhorigstod-2027', round: 9, network: 'eskilstuna' })).toBeUndefined();
    expect(findRoundAndNetwork(program, { program: 'anhorigstod-2027', round: 1, network: 'malmo' })).toBeUndefined();
    // A network's display name is not its id.
    expect(findRoundAndNetwork(program, { program: 'anhorigstod-2027', round: 1, network: 'Eskilstuna' })).toBeUndefined();
  });
});
