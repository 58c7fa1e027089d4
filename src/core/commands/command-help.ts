import { type Locale, translate } from '../../i18n/translate';
import { type Surface, typedCommand } from '../command-words';
import type { OutgoingMessage } from '../outgoing-message';
import { COMMANDS } from './command-table';

/**
 * What the bot can do, from the command table: one line per command as it
 * is typed where the person is (`/lnb svara [nätverk]`, `svara [nätverk]`),
 * what it does and who may use it. The web chat has no channels to link.
 */
export function commandHelpLines(surface: Surface, locale: Locale): string[] {
  const t = (key: string) => translate(locale, key);
  return COMMANDS.filter((c) => !((surface === 'chat' || surface === 'local') && c.name === 'link')).map((c) => {
    const args = c.args.map((a) => (a === 'network!' ? `<${t('command.arg.network')}>` : `[${t(`command.arg.${a}`)}]`));
    return `${[typedCommand(surface, locale, c.name), ...args].join(' ')}: ${t(`command.describe.${c.name}`)}`;
  });
}

/** The help as a message: an intro, the commands as a list, and a closing hint for the surface. */
export function commandHelp(surface: Surface, locale: Locale, unknown?: string): OutgoingMessage {
  const t = (key: string, vars?: Record<string, string>) => translate(locale, key, vars);
  const where = surface === 'local' ? 'chat' : surface;
  const intro = unknown === undefined ? t(`command.help.intro.${where}`) : `${t('command.help.unknown', { word: unknown })} ${t(`command.help.intro.${where}`)}`;
  const lines = commandHelpLines(surface, locale);
  const hint = t(`command.help.hint.${where}`);
  return {
    fallback: [intro, ...lines.map((l) => `• ${l}`), hint].join('\n'),
    blocks: [
      { type: 'text', text: intro },
      { type: 'list', items: lines },
      { type: 'text', text: hint },
    ],
    actions: [],
  };
}
