import { type Locale, translate } from '../../i18n/translate';
import { listWords } from '../summarize-theme';
import type { Compilation, CompiledTheme, ModelReport } from '../types';

/** What the draft says at its top when a language model was asked; null when none was. */
export function modelNotice(c: Compilation): string | null {
  const m = c.model;
  if (!m) return null;
  const vars = { name: m.name, written: m.written, asked: m.asked };
  return translate(c.locale, m.written > 0 ? 'compile.model.notice' : 'compile.model.noneUsed', vars);
}

/** Under a theme the model wrote: which parts ("rubrik och sammanfattning"); null for a theme it did not. */
export function themeModelLine(t: CompiledTheme, locale: Locale): string | null {
  if (!t.model) return null;
  const parts = (['heading', 'summary', 'quotes'] as const)
    .filter((p) => t.model?.[p])
    .map((p) => translate(locale, `compile.model.${p}`));
  return translate(locale, 'compile.model.wrote', { parts: listWords(parts, translate(locale, 'compile.and')) });
}

/** For whoever runs `lnb compile`: how many themes the model wrote, and which kept the offline text, why. */
export function modelSummary(m: ModelReport, locale: Locale): string {
  const line = translate(locale, 'compile.model.cli', { name: m.name, written: m.written, asked: m.asked });
  if (m.fallbacks.length === 0) return line;
  const kept = m.fallbacks.map((f) => `${f.themeId} (${f.reason})`).join(', ');
  return `${line} ${translate(locale, 'compile.model.cliKept', { themes: kept })}`;
}
