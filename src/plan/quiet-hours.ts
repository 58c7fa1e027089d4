/** Local hours when the bot stays silent, as "HH:MM" strings; `from` may be later than `to` (overnight). */
export interface QuietHours {
  from: string;
  to: string;
}

function addDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Moves a local time ("YYYY-MM-DDTHH:MM") out of quiet hours, to the end of
 * them. Wall-clock arithmetic, so "08:00" stays 08:00 on the mornings the
 * clocks change.
 */
export function outsideQuietHours(local: string, quiet: QuietHours | false): string {
  if (!quiet || quiet.from === quiet.to) return local;
  const date = local.slice(0, 10);
  const time = local.slice(11, 16);
  const overnight = quiet.from > quiet.to;
  if (overnight) {
    if (time >= quiet.from) return `${addDay(date)}T${quiet.to}`;
    if (time < quiet.to) return `${date}T${quiet.to}`;
    return local;
  }
  return time >= quiet.from && time < quiet.to ? `${date}T${quiet.to}` : local;
}
