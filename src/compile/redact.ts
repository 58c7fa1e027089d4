import { escapeRegExp, redactNames } from './redact-names';
import { redactPhones } from './redact-phones';

/**
 * Removes personal data from text before it is rendered anywhere: Swedish
 * personal identity and coordination numbers, phone numbers, e-mail
 * addresses, chat mentions and people's names. Each is replaced by a
 * bracketed word from the locale, so a reader sees that something was there.
 * Every pattern is linear in the length of the text, whatever it holds, and
 * a second pass changes nothing: the placeholders are never taken for data.
 */
export interface RedactionWords {
  personalNumber: string;
  phone: string;
  email: string;
  mention: string;
  name: string;
}

/** Luhn check over the ten digits YYMMDDNNNC. */
export function luhnValid(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i += 1) {
    let d = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * Whether `yymmdd` + `rest` is a personal identity number (personnummer) or a
 * coordination number (samordningsnummer, day + 60), with a valid checksum.
 */
export function isIdentityNumber(yymmdd: string, rest: string): boolean {
  return isIdentityDate(yymmdd) && luhnValid(yymmdd + rest);
}

/** Whether `yymmdd` is a date, or a date with 60 added to the day. */
function isIdentityDate(yymmdd: string): boolean {
  const month = Number(yymmdd.slice(2, 4));
  const rawDay = Number(yymmdd.slice(4, 6));
  const day = rawDay > 60 ? rawDay - 60 : rawDay;
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

// Hyphen, the dashes U+2010–U+2014 (non-breaking hyphen, en dash…) and the minus sign.
const DASH = '\\-\\u2010-\\u2014\\u2212';
// 19121212-1212, 121212-1212, 121212+1212, 1212121212, 191212121212,
// 811218–9876, 8112 18-9876, pnr-811218-9876. Every part has a fixed length,
// so each try is bounded; never right after a digit, "+" or "digit-".
const IDENTITY = new RegExp(
  `(?<![\\d+]|\\d[${DASH}])(?:18|19|20)?(\\d\\d) ?(\\d\\d) ?(\\d\\d)\\s?[+${DASH}]?\\s?(\\d{4})(?!\\d)`,
  'g',
);
// "pnr", "personnr", "personnummer" right before: a number with a wrong checksum is still one.
const IDENTITY_PREFIX = /(?:pnr|p-nr|personnr|person-nr|personnummer|personnumret|samordningsnummer)[\s:.#-]{0,3}$/i;
// Starts only where the run of address characters starts, so a long run is read once.
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// Slack <@U123>, <@U123|Per Andersson>, <!channel>, <!here>, <!subteam^S1|@team>,
// Teams <at>Per Andersson</at>, and typed @channel/@here/@everyone. A display
// name has no "<" or ">" (Slack escapes them) and is bounded in length.
const MENTION =
  /<@[A-Z0-9]+(?:\|[^<>\n]{0,200})?>|<!(?:channel|here|everyone|subteam\^[A-Z0-9]+)(?:\|[^<>\n]{0,200})?>|<at>[^<]{0,200}<\/at>|(?<![\w@])@(?:channel|here|everyone)\b/giu;

const DIGIT = /[0-9]/;

export function redact(text: string, words: RedactionWords): string {
  const mark = (word: string) => `[${word}]`;
  const placeholders = Object.values(words).map(mark);
  // Performance (issue 13): a pattern is only run on text that has what
  // every match of it needs ("@" or "<" for mentions, "@" for e-mail, a digit
  // for identity and phone numbers); on other text it would change nothing.
  let numbers = text;
  if (numbers.includes('@') || numbers.includes('<')) numbers = numbers.replace(MENTION, mark(words.mention));
  if (numbers.includes('@')) numbers = numbers.replace(EMAIL, mark(words.email));
  if (DIGIT.test(numbers)) {
    numbers = numbers.replace(
      IDENTITY,
      (whole, yy: string, mm: string, dd: string, rest: string, offset: number, all: string) => {
        const date = yy + mm + dd;
        const prefixed = () => IDENTITY_PREFIX.test(all.slice(Math.max(0, offset - 24), offset));
        return isIdentityNumber(date, rest) || (isIdentityDate(date) && prefixed()) ? mark(words.personalNumber) : whole;
      },
    );
  }
  const phones = DIGIT.test(numbers) ? redactPhones(numbers, mark(words.phone)) : numbers;
  return redactNames(phones, mark(words.name), placeholders);
}

/**
 * The placeholders `redact` writes ("[personnummer]", "[namn]" …) as one
 * pattern, so later steps can tell them from the words of a reply.
 */
export function placeholderPattern(words: RedactionWords): RegExp {
  return new RegExp(`\\[(?:${Object.values(words).map(escapeRegExp).join('|')})\\]`, 'giu');
}
