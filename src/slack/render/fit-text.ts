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

const MIDDLE = ' … ';
/** The least of the beginning a middle cut keeps, so the option still reads as itself. */
const MIN_HEAD = 12;

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * `text` cut in the middle to `max` characters ("början … slutet"), keeping
 * everything from `from` to the end (and up to half of what is shown when
 * the difference lies nearer the end), or undefined when that end does not
 * fit beside a useful beginning. The end starts at a word where it can.
 */
function cutMiddle(text: string, from: number, max: number): string | undefined {
  const budget = max - MIDDLE.length;
  let start = Math.min(from, text.length - Math.floor(budget / 2));
  if (start > 0 && text[start - 1] !== ' ') {
    const next = text.indexOf(' ', start);
    const previous = text.lastIndexOf(' ', start - 1);
    if (next >= 0 && next < from) start = next + 1;
    else if (previous >= 0 && text.length - (previous + 1) <= budget - MIN_HEAD) start = previous + 1;
  }
  if (isLow(text.charCodeAt(start))) start -= 1;
  const tail = text.slice(start);
  const room = budget - tail.length;
  if (room < MIN_HEAD) return undefined;
  let head = text.slice(0, Math.min(room, start));
  if (isHigh(head.charCodeAt(head.length - 1))) head = head.slice(0, -1);
  return `${head.trimEnd()}${MIDDLE}${tail.trimStart()}`;
}

function commonPrefix(texts: string[]): number {
  const first = texts[0] ?? '';
  let n = 0;
  while (n < first.length && texts.every((t) => t[n] === first[n])) n++;
  return n;
}

/**
 * Labels of one list (a question's options) fitted to `max` characters
 * each so that labels that differ are still told apart. Each is cut at the
 * end as usual; where two would then look the same, those are cut in the
 * middle instead, keeping the end where they differ ("början … slutet").
 * If that cannot make every label distinct (the difference lies too far
 * from the end), every label is numbered ("1. …", "2. …"). Only the shown
 * text changes: the value a form returns is the option's position.
 */
export function fitDistinct(labels: string[], max: number): string[] {
  const fitted = labels.map((l) => fitPlain(l, max));
  const distinct = (shown: string[]) => new Set(shown).size === new Set(labels).size;
  if (distinct(fitted)) return fitted;
  const groups = new Map<string, number[]>();
  fitted.forEach((f, i) => {
    groups.set(f, [...(groups.get(f) ?? []), i]);
  });
  const shown = [...fitted];
  for (const idx of groups.values()) {
    const texts = [...new Set(idx.map((i) => labels[i] ?? ''))];
    if (texts.length < 2) continue;
    const from = commonPrefix(texts);
    for (const i of idx) {
      const label = labels[i] ?? '';
      if (label.length <= max) continue;
      const cut = cutMiddle(label, from, max);
      if (cut !== undefined) shown[i] = cut;
    }
  }
  if (distinct(shown)) return shown;
  return labels.map((l, i) => {
    const number = `${i + 1}. `;
    return number + fitPlain(l, max - number.length);
  });
}
