/** One line of a replies file in the export format, with fields to override. */
export const replyLine = (over: Record<string, unknown> = {}) =>
  JSON.stringify({
    id: 'r1',
    program: 'anhorigstod-2027',
    round: 1,
    network: 'eskilstuna',
    question: 'syfte',
    role: 'anhorig',
    kind: 'answer',
    text: 'Avlösning när det behövs, inte bara när det passar schemat.',
    option: null,
    consent: true,
    createdAt: '2026-11-20T10:00:00.000Z',
    ...over,
  });
