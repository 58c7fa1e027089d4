import { commandHelp, commandHelpLines } from '../../../src/core/commands/command-help';
import { COMMANDS } from '../../../src/core/commands/command-table';

describe('commandHelpLines', () => {
  it('has one line per command on Slack, as typed there, with what it does', () => {
    const lines = commandHelpLines('slack', 'sv');
    expect(lines).toHaveLength(COMMANDS.length);
    expect(lines).toContainEqual(expect.stringMatching(/^\/lnb koppla <nätverk>: /));
    expect(lines).toContainEqual(expect.stringMatching(/^\/lnb svara \[nätverk\]: /));
  });

  it('leaves linking out of the web chat and personal chats, where there is no channel', () => {
    for (const surface of ['local', 'chat'] as const) {
      const lines = commandHelpLines(surface, 'en');
      expect(lines).toHaveLength(COMMANDS.length - 1);
      expect(lines.some((l) => l.startsWith('link'))).toBe(false);
      expect(lines).toContainEqual(expect.stringMatching(/^answer \[network\]: /));
    }
    expect(commandHelpLines('teams', 'en').some((l) => l.includes('link <network>'))).toBe(true);
  });
});

describe('commandHelp', () => {
  it('is an intro, the commands as a list and a hint, with the same in the fallback', () => {
    const help = commandHelp('teams', 'sv');
    expect(help.blocks).toEqual([
      { type: 'text', text: 'Så här använder du boten i Teams:' },
      { type: 'list', items: commandHelpLines('teams', 'sv') },
      { type: 'text', text: expect.stringContaining('@-omnämnandet') },
    ]);
    expect(help.fallback.split('\n')).toHaveLength(COMMANDS.length + 2);
    expect(help.fallback).toContain(`• ${commandHelpLines('teams', 'sv')[0]}`);
    expect(help.actions).toEqual([]);
  });

  it('names the word it did not know first, as typed, markup and all', () => {
    const help = commandHelp('local', 'en', '<b>hjälp!</b> 🤔');
    expect(help.blocks[0]).toEqual({ type: 'text', text: 'I do not know the word “<b>hjälp!</b> 🤔”. How to use the bot in this chat:' });
    expect(help.blocks[2]).toEqual({ type: 'text', text: expect.stringContaining('Just type the word') });
  });
});
