import type { Reply } from '../../src/replies/reply';
import { documentedByRound } from '../../src/schedule/documented-by-round';

const reply = (round: number, network: string, kind: Reply['kind'], text: string | null): Reply => ({
  id: `${kind}-${round}-${network}-${text}`,
  program: 'p',
  round,
  network,
  question: 'q1',
  author: null,
  role: 'annan',
  kind,
  text,
  option: null,
  consent: false,
  createdAt: '2026-10-26T12:00:00.000Z',
  updatedAt: '2026-10-26T12:00:00.000Z',
  history: [],
});

describe('documentedByRound', () => {
  it('lists per round the networks whose minutes have text, once each', () => {
    const documented = documentedByRound([
      reply(1, 'eskilstuna', 'minutes', 'Vi pratade om avlösning.'),
      reply(1, 'eskilstuna', 'minutes', 'En fråga till.'),
      reply(1, 'katrineholm', 'minutes', 'Anteckning'),
      reply(2, 'katrineholm', 'minutes', 'Träff 2'),
    ]);
    expect([...documented.keys()].sort()).toEqual([1, 2]);
    expect([...(documented.get(1) ?? [])].sort()).toEqual(['eskilstuna', 'katrineholm']);
    expect([...(documented.get(2) ?? [])]).toEqual(['katrineholm']);
  });

  it('counts neither answers nor minutes that are empty or only spaces', () => {
    const documented = documentedByRound([
      reply(1, 'eskilstuna', 'answer', 'Ett svar'),
      reply(1, 'katrineholm', 'minutes', '   '),
      reply(1, 'nykoping', 'minutes', null),
    ]);
    expect(documented.size).toBe(0);
  });
});
