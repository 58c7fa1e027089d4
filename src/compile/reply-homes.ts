/**
 * The theme each reply is filed under: the one most of its text went to
 * (ties: the earlier theme), since the parts of a long reply may go to
 * several. `themeOf(i)` is the theme of the i-th piece.
 */
export function replyHomes(pieces: readonly { reply: { id: string }; text: string }[], themeOf: (i: number) => number): Map<string, number> {
  const charsByReply = new Map<string, Map<number, number>>();
  pieces.forEach((it, i) => {
    const s = themeOf(i);
    const m = charsByReply.get(it.reply.id) ?? new Map<number, number>();
    m.set(s, (m.get(s) ?? 0) + it.text.length);
    charsByReply.set(it.reply.id, m);
  });
  const home = new Map<string, number>();
  for (const [id, m] of charsByReply) {
    const [best] = [...m].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    if (best) home.set(id, best[0]);
  }
  return home;
}
