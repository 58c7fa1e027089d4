/** Bot Framework activities above about 28 KB are refused by Teams (413); a message of text stays well inside. */
const MESSAGE_BUDGET = 20 * 1024;

/** A person's own text to give back whole, under a line saying what it is. */
export interface TextPart {
  header: string;
  text: string;
}

export interface PlainMessage {
  type: 'message';
  text: string;
  textFormat: 'plain';
}

/** Bytes as the activity carries them (JSON-escaped). */
const bytes = (text: string) => Buffer.byteLength(JSON.stringify(text), 'utf8') - 2;

/** Cuts `text` into pieces of at most `budget` bytes each, at a space or line break when there is one late enough. */
function pieces(text: string, budget: number): string[] {
  const out: string[] = [];
  let rest = [...text];
  while (rest.length > 0) {
    let end = 0;
    let used = 0;
    while (end < rest.length && used + bytes(rest[end] ?? '') <= budget) used += bytes(rest[end++] ?? '');
    if (end < rest.length) {
      let space = end - 1;
      while (space > end / 2 && !/\s/.test(rest[space] ?? '')) space--;
      if (space > end / 2) end = space + 1;
    }
    end = Math.max(end, 1);
    out.push(rest.slice(0, end).join(''));
    rest = rest.slice(end);
  }
  return out;
}

/**
 * Texts a card could not hold, whole, as plain text messages (the person's
 * own words, shown as typed: no Markdown read into them). Several parts
 * share a message while it stays within the budget; a part too long for one
 * message goes over several, its header on the first, so nothing is cut.
 */
export function textMessages(parts: TextPart[]): PlainMessage[] {
  const texts: string[] = [];
  for (const { header, text } of parts) {
    const part = `${header}\n\n${text}`;
    const last = texts.at(-1);
    if (last !== undefined && bytes(`${last}\n\n${part}`) <= MESSAGE_BUDGET) texts[texts.length - 1] = `${last}\n\n${part}`;
    else if (bytes(part) <= MESSAGE_BUDGET) texts.push(part);
    else texts.push(...pieces(part, MESSAGE_BUDGET));
  }
  return texts.map((text) => ({ type: 'message', text, textFormat: 'plain' }));
}
