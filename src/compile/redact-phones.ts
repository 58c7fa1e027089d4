/**
 * Phone numbers, found by one left-to-right scan (linear on any input): a run
 * of digit groups joined by spaces, dashes, dots, slashes or parentheses is
 * read once, then split into the phone numbers it holds. What is a date, a
 * time range, a year, an amount or a count is left as it is.
 */

/** A run of digits, maybe in parentheses: "123" or "(070)". */
interface Group {
  start: number;
  end: number;
  digits: string;
  paren: boolean;
}

const SPACES = ' \u00a0\u2009\u202f';
// Hyphen, the dashes (U+2010–U+2014) and the minus sign.
const DASHES = '-\u2010\u2011\u2012\u2013\u2014\u2212';
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}_]/u.test(c);

/** `(070)` or `123` at `at`, else null. */
function readGroup(text: string, at: number): Group | null {
  const paren = text[at] === '(';
  let end = paren ? at + 1 : at;
  const from = end;
  while (isDigit(text[end])) end += 1;
  if (end === from) return null;
  const digits = text.slice(from, end);
  if (paren) {
    if (text[end] !== ')') return null;
    end += 1;
  }
  return { start: at, end, digits, paren };
}

/**
 * The separator after a group, when a group follows it: 1–3 spaces, a dash
 * with up to 3 spaces either side, or a bare dot or slash. Nothing at all
 * only next to parentheses: "(0)70".
 */
function readSeparator(text: string, at: number, afterParen: boolean): number | null {
  let p = at;
  while (p - at < 3 && SPACES.includes(text[p] ?? 'x')) p += 1;
  const spaced = p > at;
  const c = text[p] ?? '';
  if (c !== '' && DASHES.includes(c)) {
    p += 1;
    const q = p;
    while (p - q < 3 && SPACES.includes(text[p] ?? 'x')) p += 1;
  } else if (!spaced && (c === '.' || c === '/')) p += 1;
  const next = text[p];
  const groupFollows = isDigit(next) || (next === '(' && isDigit(text[p + 1]));
  if (!groupFollows) return null;
  return p > at || afterParen || next === '(' ? p : null;
}

/** The groups of the run that starts at `at` (a digit, "+digit" or "(digit"). */
function readRun(text: string, at: number): { plus: boolean; groups: Group[] } {
  const plus = text[at] === '+';
  const groups: Group[] = [];
  let p = plus ? at + 1 : at;
  for (;;) {
    const group = readGroup(text, p);
    if (!group) break;
    groups.push(group);
    const next = readSeparator(text, group.end, group.paren);
    if (next === null) break;
    p = next;
  }
  return { plus, groups };
}

const DASH_CLASS = `[${DASHES}]`;
const DATE = /^(?:\d{1,2}([./-])\d{1,2}\1(?:\d{2}|\d{4})|\d{4}([./-])\d{1,2}\2\d{1,2})$/;
const TIME_RANGE = new RegExp(`^\\d{1,2}[.:]\\d{2}[ \\u00a0]*${DASH_CLASS}[ \\u00a0]*\\d{1,2}[.:]\\d{2}$`);
const DATE_RANGE = new RegExp(`^0\\d{3}${DASH_CLASS}0\\d{3}$`);

/** Dates (03.12.2026), time ranges (06.30-07.00) and date ranges (0601-0612). */
function isDateOrTime(written: string): boolean {
  return DATE.test(written) || TIME_RANGE.test(written) || DATE_RANGE.test(written);
}

/** Whether groups[from..to] (with `plus` before the first) is a phone number. */
function isPhone(text: string, groups: readonly Group[], from: number, to: number, plus: boolean): boolean {
  const first = groups[from];
  const last = groups[to];
  if (!first || !last) return false;
  const span = groups.slice(from, to + 1);
  const digits = span.map((g) => g.digits).join('');
  if (isDateOrTime(text.slice(first.start, last.end))) return false;
  if (plus || digits.startsWith('00')) {
    // +46 (0)70…: a country code, never 0, and at most 15 digits; the
    // trunk 0 in parentheses does not count. Sweden: 7–9 digits after 46.
    const kept = span.filter((g) => !(g.paren && g.digits === '0')).map((g) => g.digits).join('');
    const number = plus ? kept : kept.slice(2);
    if (number.startsWith('0')) return false;
    return number.startsWith('46') ? number.length >= 9 && number.length <= 11 : number.length >= 8 && number.length <= 15;
  }
  // 46701234567: a Swedish number with the country code but no plus.
  if (from === to && digits.length === 11 && digits.startsWith('46') && digits[2] !== '0') return true;
  // 070-123 45 67, 08-123 456 78, (070) 123 45 67, 0701234567: a leading 0,
  // 8–10 digits, an area code of 2–4 digits and groups of two or more.
  if (digits[0] !== '0' || digits[1] === '0' || digits.length < 8 || digits.length > 10) return false;
  if (from !== to && (first.digits.length < 2 || first.digits.length > 4)) return false;
  return span.slice(1).every((g) => g.digits.length >= 2);
}

const MIN_DIGITS = 8;
const MAX_DIGITS = 16;

/** Whether a phone number can start at this group: "+", "00", a 0 and an area code, or 46 and 9 digits. */
function canStart(group: Group, plus: boolean): boolean {
  const d = group.digits;
  return plus || (d[0] === '0' && d.length >= 2) || (d.length === 11 && d.startsWith('46'));
}

/** The [from, to] group ranges that are phone numbers: from each start, the longest. */
function phonesIn(text: string, groups: readonly Group[], plus: boolean): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  let from = 0;
  while (from < groups.length) {
    let best = -1;
    const start = groups[from];
    if (start && canStart(start, plus && from === 0)) {
      let count = 0;
      for (let to = from; to < groups.length; to += 1) {
        count += groups[to]?.digits.length ?? 0;
        if (count > MAX_DIGITS) break;
        if (count >= MIN_DIGITS && isPhone(text, groups, from, to, plus && from === 0)) best = to;
      }
    }
    if (best >= 0) {
      found.push([from, best]);
      from = best + 1;
    } else from += 1;
  }
  return found;
}

/** `text` with every phone number replaced by `placeholder`. */
export function redactPhones(text: string, placeholder: string): string {
  let out = '';
  let copied = 0;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const startsRun = isDigit(c) || ((c === '+' || c === '(') && isDigit(text[i + 1]));
    if (!startsRun || isWordChar(text[i - 1]) || text[i - 1] === '+') {
      i += 1;
      continue;
    }
    const { plus, groups } = readRun(text, i);
    for (const [from, to] of phonesIn(text, groups, plus)) {
      const start = from === 0 ? i : (groups[from]?.start ?? i);
      out += text.slice(copied, start) + placeholder;
      copied = groups[to]?.end ?? copied;
    }
    i = Math.max(i + 1, groups[groups.length - 1]?.end ?? i + 1);
  }
  return out + text.slice(copied);
}
