/**
 * Removes personal data from text before it is rendered anywhere: Swedish
 * personal identity and coordination numbers, phone numbers, e-mail
 * addresses and chat mentions. Each is replaced by a bracketed word from the
 * locale, so a reader sees that something was there.
 */
export interface RedactionWords {
  personalNumber: string;
  phone: string;
  email: string;
  mention: string;
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
  const month = Number(yymmdd.slice(2, 4));
  const rawDay = Number(yymmdd.slice(4, 6));
  const day = rawDay > 60 ? rawDay - 60 : rawDay;
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  return luhnValid(yymmdd + rest);
}

// 19121212-1212, 121212-1212, 121212+1212, 1212121212, 191212121212.
const IDENTITY = /(?<![\d-])((?:18|19|20)|)(\d{6})\s?([-+]?)\s?(\d{4})(?![\d])/g;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// Slack <@U123>, <@U123|name>, <!channel>, <!here>, <!subteam^S1|@team>,
// Teams <at>Name</at>, and typed @channel/@here/@everyone.
const MENTION = /<@[A-Z0-9][^>\s]*>|<!(?:channel|here|everyone|subteam\^[^>]*)(?:\|[^>]*)?>|<at>[\s\S]*?<\/at>|(?<![\w@])@(?:channel|here|everyone)\b/giu;
// +46 70 123 45 67, 0046-8-123 456, +1 (555) 123-4567: a plus or 00, then 7–14 digits.
const PHONE_INTERNATIONAL = /(?<![\w+])(?:\+|00)\d{1,3}(?:[\s.-]*(?:\(\d{1,4}\)|\d)){6,14}(?![\d])/g;
// 070-123 45 67, 08-123 456 78, 031 12 34 56, 0701234567: a leading 0 and 7–10 more digits.
const PHONE_SWEDISH = /(?<![\w+])0\d{1,3}(?:[\s/-]?\d){5,9}(?![\d])/g;

export function redact(text: string, words: RedactionWords): string {
  return text
    .replace(MENTION, `[${words.mention}]`)
    .replace(EMAIL, `[${words.email}]`)
    .replace(IDENTITY, (whole, _century: string, yymmdd: string, _sep: string, rest: string) =>
      isIdentityNumber(yymmdd, rest) ? `[${words.personalNumber}]` : whole,
    )
    .replace(PHONE_INTERNATIONAL, `[${words.phone}]`)
    .replace(PHONE_SWEDISH, (whole) => (looksLikeDateRange(whole) ? whole : `[${words.phone}]`));
}

// "01-02 2024" is rare, but years and ranges such as 2021–2024 never start
// with 0; a run like "0,5" has a comma and does not match. Dates written
// 0601-0612 are the one thing to spare.
function looksLikeDateRange(s: string): boolean {
  return /^0\d{3}-0\d{3}$/.test(s);
}
