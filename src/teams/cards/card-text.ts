import { escapeAdaptiveCard } from '../../compile/escape';

/**
 * Text for a TextBlock or FactSet. escapeAdaptiveCard breaks emphasis,
 * templates and HTML, but leaves `](` whole, so `[x](http://…)` in a reply
 * would still render as a link; a zero-width space between them stops that.
 */
export function cardText(text: string): string {
  return escapeAdaptiveCard(text).replace(/\]\(/g, ']\u200b(');
}
