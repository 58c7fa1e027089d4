import { escapeMrkdwn } from '../../compile/escape';

const ELLIPSIS = '…';

/** Cuts `text` to at most `max` characters, ending in an ellipsis, never inside a surrogate pair. */
export function fitPlain(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - ELLIPSIS.length));
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut + ELLIPSIS;
}

/**
 * `text` escaped for mrkdwn and at most `max` characters long. Escaping
 * lengthens text (`<` becomes `&lt;`), so the cut is made on the raw text
 * and never splits an entity or a zero-width joiner pair.
 */
export function fitMrkdwn(text: string, max: number): string {
  const escaped = escapeMrkdwn(text);
  if (escaped.length <= max) return escaped;
  let keep = max;
  while (keep > ELLIPSIS.length) {
    const out = escapeMrkdwn(fitPlain(text, keep));
    if (out.length <= max) return out;
    keep -= Math.max(1, out.length - max);
  }
  return ELLIPSIS;
}
