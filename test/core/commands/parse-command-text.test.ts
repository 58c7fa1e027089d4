import { parseCommandText } from '../../../src/core/commands/parse-command-text';

describe('parseCommandText', () => {
  it('reads a command and its arguments in Swedish or English, any case, a leading slash forgiven', () => {
    expect(parseCommandText('svara katrineholm')).toEqual({ name: 'answer', word: 'svara', args: ['katrineholm'] });
    expect(parseCommandText('  /Summary 1   Nyköping ')).toEqual({ name: 'summary', word: 'summary', args: ['1', 'Nyköping'] });
    expect(parseCommandText('HJÄLP').name).toBe('help');
  });

  it('reads two-word commands before one-word ones', () => {
    expect(parseCommandText('mina svar')).toEqual({ name: 'myReplies', word: 'mina', args: [] });
    expect(parseCommandText('my replies 2')).toEqual({ name: 'myReplies', word: 'my', args: ['2'] });
    expect(parseCommandText('mina-svar').name).toBe('myReplies');
  });

  it('tells an unknown command (a word) apart from no command (none)', () => {
    expect(parseCommandText('hej där')).toEqual({ name: undefined, word: 'hej', args: ['där'] });
    expect(parseCommandText('   ')).toEqual({ name: undefined, word: '', args: [] });
    expect(parseCommandText(undefined)).toEqual({ name: undefined, word: '', args: [] });
  });
});
