/**
 * A long text in boxes of a platform's size, and back. Slack's text box
 * holds 3,000 characters, and group minutes may be longer: they get
 * several boxes, one after the other. A text is cut where a paragraph,
 * line or word ends, with the break kept at the end of its part, so the
 * parts put together are the text as it was.
 */
export function splitText(text: string, size: number): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > size) {
    const head = rest.slice(0, size);
    const at = [/\n\s*\n\s*/g, /\n\s*/g, /\s+/g]
      .map((re) => [...head.matchAll(re)].filter((m) => m.index > 0).pop())
      .find((m) => m !== undefined);
    const cut = at ? at.index + at[0].length : size;
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  parts.push(rest);
  return parts;
}

/**
 * The boxes' texts as one: in order, the empty ones left out. Where a part
 * ends and the next begins without a space or break (typed into the boxes
 * apart), a blank line goes between, so no two words run together.
 */
export function joinParts(parts: readonly (string | null | undefined)[]): string | null {
  const given = parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '');
  if (given.length === 0) return parts.some((p) => typeof p === 'string') ? '' : null;
  return given.reduce((all, part) => (/\s$/.test(all) || /^\s/.test(part) ? all + part : `${all}\n\n${part}`));
}
