import { escapeMrkdwn } from '../compile/escape';
import type { Program } from '../program/schema';
import { LIMITS } from '../slack/render/block-kit-limits';
import type { Issue } from '../validation/describe-issues';

/**
 * How long a choice's title may be on Teams before it is cut. Adaptive
 * Cards set no limit, but our form card shows the options as an expanded
 * Input.ChoiceSet without `wrap`, so each title is one line that Teams ends
 * with "…" at the card's edge. A card in a Teams chat on the desktop holds
 * about 60 characters of body text on a line (a phone fewer), so past 60 a
 * title is cut for most readers.
 */
export const TEAMS_CHOICE_TITLE = 60;

/**
 * Texts of the program that a platform its networks use will show cut:
 * warnings for `lnb check`, never errors (the program still runs, and the
 * stored value is always the whole text). Each names the place in the file,
 * the platform and the limit; `key` is under `check.cut`.
 */
export function platformCuts(program: Program): Issue[] {
  const platforms = new Set(program.networks.map((n) => n.platform));
  const warnings: Issue[] = [];
  const over = (path: (string | number)[], key: string, text: string, limit: number, length = text.length) => {
    if (length > limit) warnings.push({ path, key, vars: { length, limit } });
  };
  program.rounds.forEach((round, r) => {
    round.questions.forEach((q, i) => {
      const at = ['rounds', r, 'questions', i];
      if (platforms.has('slack')) {
        over([...at, 'text'], 'slackLabel', q.text, LIMITS.inputLabel);
        if (q.help) over([...at, 'help'], 'slackHint', q.help, LIMITS.inputHint);
        // The round post lists each question (with its help) as one bullet in a section.
        const item = q.help ? `${q.text} (${q.help})` : q.text;
        over([...at, 'text'], 'slackPost', item, LIMITS.sectionText - 2, escapeMrkdwn(item).length);
        if (q.options && q.options.length > LIMITS.selectOptions) {
          warnings.push({ path: [...at, 'options'], key: 'slackOptionCount', vars: { length: q.options.length, limit: LIMITS.selectOptions } });
        }
      }
      q.options?.forEach((option, o) => {
        if (platforms.has('slack')) over([...at, 'options', o], 'slackOption', option, LIMITS.optionText);
        if (platforms.has('teams')) over([...at, 'options', o], 'teamsChoice', option, TEAMS_CHOICE_TITLE);
      });
    });
  });
  return warnings;
}
