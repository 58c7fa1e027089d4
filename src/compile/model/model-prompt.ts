import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { Locale } from '../../i18n/translate';
import type { ThemePayload } from './theme-request';

const LANGUAGE: Record<Locale, string> = { sv: 'Swedish', en: 'English' };

/**
 * The instructions: the same for every theme of a compilation, so a server
 * that caches a prompt's beginning reads them once.
 */
export function systemPrompt(locale: Locale): string {
  const language = LANGUAGE[locale];
  return [
    'You help the coordinator of a learning network write the compilation of a round of discussion questions.',
    `The replies below were grouped into one theme by a program. Write, in ${language}:`,
    '- "heading": a short noun phrase (2 to 6 words) naming what the replies share. If "headingFixed" is true, repeat "draftHeading".',
    '- "synthesis": 2 to 4 sentences in the third person about what the networks and roles raised, the way a coordinator sums up a discussion. Paraphrase; never copy a run of words from a reply.',
    '- "sources": the ids of the replies the synthesis rests on.',
    '- "quotes": at most 2 short passages copied exactly, character for character, from replies whose "quotable" is true, each with its reply id; [] if none fits.',
    'Rules: never name a person, a place, a municipality or a network (not even "network 1"): say "several networks", "one network", "the relatives". ' +
      'Use only numbers given in "facts" or in the replies. Do not invent anything the replies do not say. Words in [brackets] are removed personal data: leave them out.',
    'Answer with the JSON object only.',
  ].join('\n');
}

export function themeMessages(payload: ThemePayload, locale: Locale): ChatCompletionMessageParam[] {
  return [
    { role: 'system', content: systemPrompt(locale) },
    { role: 'user', content: JSON.stringify(payload) },
  ];
}
