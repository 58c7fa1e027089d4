import type { AdaptiveCard, CardElement } from './adaptive-card';
import { cardText } from './card-text';

/**
 * Teams refuses a bot's activity over about 28 KB (413 MessageSizeTooBig);
 * the budget leaves room for what the connector adds around the card.
 */
export const MAX_CARD_BYTES = 28 * 1024;
const BUDGET = MAX_CARD_BYTES - 2 * 1024;
const MIN_KEEP = 120;

const bytes = (v: unknown) => Buffer.byteLength(JSON.stringify(v), 'utf8');

/** Whether `card` fits in Teams' limit as it is (with the room fitCard keeps for the connector). */
export const fitsInTeams = (card: AdaptiveCard): boolean => bytes(card) <= BUDGET;

/** The display texts of a card (never an input's value, which is the person's own text to edit). */
function displayTexts(node: unknown, out: { holder: Record<string, unknown>; key: string }[] = []) {
  if (Array.isArray(node)) for (const n of node) displayTexts(n, out);
  else if (node && typeof node === 'object') {
    const el = node as Record<string, unknown>;
    if (typeof el.type === 'string' && el.type.startsWith('Input.')) return out;
    for (const [key, value] of Object.entries(el)) {
      if ((key === 'text' || (key === 'value' && el.title !== undefined)) && typeof value === 'string') out.push({ holder: el, key });
      else displayTexts(value, out);
    }
  }
  return out;
}

/**
 * Shortens the longest texts of a card (halving the longest each time, never
 * below a line's worth) until it fits in Teams' limit, then says where the
 * rest is (`note`, localised by the caller). A card that fits is returned as
 * it is.
 */
export function fitCard(card: AdaptiveCard, note: string): AdaptiveCard {
  if (fitsInTeams(card)) return card;
  const fitted = structuredClone(card);
  const noteBlock: CardElement = { type: 'TextBlock', text: cardText(note), wrap: true, isSubtle: true, spacing: 'Medium' };
  const texts = displayTexts(fitted.body);
  fitted.body.push(noteBlock);
  // Lengths in characters (code points), not UTF-16 units: halving 10,000
  // emoji by `.length` kept all of them and added "…", forever.
  const shrinkable = texts.map((t) => ({ ...t, chars: [...String(t.holder[t.key])].length }));
  while (bytes(fitted) > BUDGET) {
    let longest: (typeof shrinkable)[number] | undefined;
    for (const t of shrinkable) if (!longest || t.chars > longest.chars) longest = t;
    const keep = longest ? Math.max(MIN_KEEP, Math.floor(longest.chars / 2)) : 0;
    // Each pass shortens the longest text by at least a character, so the loop ends.
    if (!longest || keep + 1 >= longest.chars) break;
    longest.holder[longest.key] = `${[...String(longest.holder[longest.key])].slice(0, keep).join('')}…`;
    longest.chars = keep + 1;
  }
  return fitted;
}
