import type { Compilation, CompiledTheme } from '../../src/compile/types';
import type { Edit } from '../../src/workbench/edit';
import { shapeCompilation, type WorkbenchReply } from '../../src/workbench/shape-compilation';
import { compiledTheme } from '../compile/fixtures';

const reply = (id: string, network: string, over: Partial<WorkbenchReply> = {}): WorkbenchReply => ({
  id,
  question: 'q1',
  text: `Svar ${id} om stöd och vardag.`,
  role: 'anhorig',
  network,
  kind: 'answer',
  consent: true,
  ...over,
});

const theme = (id: string, label: string, replyIds: string[], over: Partial<CompiledTheme> = {}): CompiledTheme =>
  compiledTheme(id, label, replyIds, { summary: `Om ${label.toLowerCase()}.`, ...over });

function base(): Compilation {
  return {
    locale: 'sv',
    stage: 'draft',
    program: { id: 'p', title: 'Programmet', background: '' },
    round: { number: 1, title: 'Stöd', meeting: '2026-12-03T13:00', held: false },
    network: null,
    questions: [
      {
        questionId: 'q1',
        text: 'Vad behövs?',
        kind: 'text',
        replyCount: 4,
        networkTotal: 2,
        themes: [
          theme('t1', 'Avlösning', ['a', 'b'], { quotes: [{ replyId: 'a', text: 'Svar a om stöd och vardag.', role: 'anhorig' }] }),
          theme('t2', 'Information', ['c']),
          theme('t3', 'Övrigt', ['d'], { other: true }),
        ],
        options: [],
      },
      { questionId: 'q2', text: 'Hur ofta?', kind: 'choice', replyCount: 1, networkTotal: 2, themes: [], options: [] },
    ],
    networks: [],
    participation: {
      totalReplies: 0,
      totalPeople: 0,
      totalMinutes: 0,
      byNetwork: [],
      byRole: [],
      minutesReceived: [],
      minutesMissing: [],
      silentNetworks: [],
    },
  };
}

const replies = (): WorkbenchReply[] => [
  reply('a', 'n1'),
  reply('b', 'n2', { role: 'chef', consent: false }),
  reply('c', 'n1', { role: 'personal' }),
  reply('d', 'n2', { kind: 'minutes', role: 'annan' }),
  reply('x', 'n1', { question: 'q2', text: null, option: 'Varje vecka' }),
];

describe('the stage of a shaped compilation', () => {
  it('stays the machine draft until an edit is in force, then is the edited version', () => {
    expect(shapeCompilation(base(), replies(), []).compilation.stage).toBe('draft');
    expect(shapeCompilation(base(), replies(), [{ kind: 'rename', question: 'q1', theme: 't1', label: 'Vila' }]).compilation.stage).toBe('edited');
  });
});

const q1 = (edits: Edit[], rs = replies()) => {
  const shaped = shapeCompilation(base(), rs, edits);
  const q = shaped.questions.find((x) => x.questionId === 'q1');
  if (!q) throw new Error('no q1');
  return { shaped, q, theme: (id: string) => q.themes.find((t) => t.id === id) };
};

describe('shapeCompilation', () => {
  it('without edits keeps the draft, with counts worked out from the replies', () => {
    const { q, theme } = q1([]);
    expect(q.themes.map((t) => t.id)).toEqual(['t1', 't2', 't3']);
    expect(theme('t1')).toMatchObject({ replyCount: 2, networks: ['n1', 'n2'], roles: ['anhorig', 'chef'], quoteIds: ['a'] });
    expect(theme('t3')).toMatchObject({ replyCount: 1, minutes: 1, roles: [] });
    expect(q.fresh).toEqual([]);
  });

  it('moves a reply to another theme and updates both counts', () => {
    const { q, theme } = q1([{ kind: 'move', question: 'q1', reply: 'b', to: 't2' }]);
    expect(theme('t1')).toMatchObject({ replyIds: ['a'], networks: ['n1'], roles: ['anhorig'] });
    expect(theme('t2')).toMatchObject({ replyIds: ['c', 'b'], replyCount: 2, networks: ['n1', 'n2'] });
    expect(q.unplaced).toEqual([]);
  });

  it('leaves a reply unplaced, in no theme and not in the compilation', () => {
    const { shaped, q, theme } = q1([{ kind: 'move', question: 'q1', reply: 'c', to: null }]);
    expect(q.unplaced).toEqual(['c']);
    expect(theme('t2')?.replyCount).toBe(0);
    const out = shaped.compilation.questions[0];
    expect(out?.themes.map((t) => t.id)).toEqual(['t1', 't3']);
  });

  it('merges, splits, renames, reorders and rewrites summaries', () => {
    const { q } = q1([
      { kind: 'merge', question: 'q1', from: 't2', into: 't1' },
      { kind: 'rename', question: 'q1', theme: 't1', label: 'Avlösning och information' },
      { kind: 'split', question: 'q1', theme: 't1', replies: ['c'], label: 'Att hitta rätt' },
      { kind: 'reorder', question: 'q1', theme: 't3', to: 0 },
      { kind: 'summary', question: 'q1', theme: 't3', text: 'Gruppen tog upp mycket.' },
    ]);
    expect(q.themes.map((t) => [t.label, t.replyIds])).toEqual([
      ['Övrigt', ['d']],
      ['Avlösning och information', ['a', 'b']],
      ['Att hitta rätt', ['c']],
    ]);
    expect(q.themes[0]?.summary).toBe('Gruppen tog upp mycket.');
  });

  it('quotes only replies whose authors said yes, at most three, from the theme', () => {
    const { theme } = q1([{ kind: 'quotes', question: 'q1', theme: 't1', replies: ['b', 'a', 'c'] }]);
    // b did not consent, c is in another theme: only a.
    expect(theme('t1')?.quotes).toEqual([{ replyId: 'a', text: 'Svar a om stöd och vardag.', role: 'anhorig' }]);
    const none = q1([{ kind: 'quotes', question: 'q1', theme: 't1', replies: [] }]).theme('t1');
    expect(none?.quotes).toEqual([]);
  });

  it('drops a machine quote whose reply was moved out of the theme', () => {
    const { theme } = q1([{ kind: 'move', question: 'q1', reply: 'a', to: 't2' }]);
    expect(theme('t1')?.quotes).toEqual([]);
  });

  it('leaves an excluded reply out of themes, counts, quotes and choice counts, and takes it back', () => {
    const { shaped, theme } = q1([
      { kind: 'exclude', reply: 'a', excluded: true },
      { kind: 'exclude', reply: 'x', excluded: true },
    ]);
    expect(theme('t1')).toMatchObject({ replyIds: ['b'], replyCount: 1, quotes: [] });
    expect(shaped.excluded.sort()).toEqual(['a', 'x']);
    expect(shaped.questions[1]?.replyCount).toBe(0);
    const back = q1([
      { kind: 'exclude', reply: 'a', excluded: true },
      { kind: 'exclude', reply: 'a', excluded: false },
    ]);
    expect(back.theme('t1')?.replyIds).toEqual(['a', 'b']);
  });

  it('puts replies the draft never saw in the Nya svar tray until placed', () => {
    const rs = [...replies(), reply('e', 'n2')];
    expect(q1([], rs).q.fresh).toEqual(['e']);
    const placed = q1([{ kind: 'move', question: 'q1', reply: 'e', to: 't2' }], rs);
    expect(placed.q.fresh).toEqual([]);
    expect(placed.theme('t2')?.replyIds).toEqual(['c', 'e']);
  });

  it('forgets a reply deleted since the draft', () => {
    const { theme } = q1([], replies().filter((r) => r.id !== 'b'));
    expect(theme('t1')).toMatchObject({ replyIds: ['a'], replyCount: 1, roles: ['anhorig'] });
  });

  it('skips an edit that no longer fits (a theme merged away by someone else)', () => {
    const { q } = q1([
      { kind: 'merge', question: 'q1', from: 't2', into: 't1' },
      { kind: 'rename', question: 'q1', theme: 't2', label: 'Borta' },
      { kind: 'move', question: 'q1', reply: 'x', to: 't1' },
    ]);
    expect(q.themes.map((t) => t.label)).toEqual(['Avlösning', 'Övrigt']);
    expect(q.themes[0]?.replyIds).toEqual(['a', 'b', 'c']);
  });

  it('carries the reflection into the compilation, and recounts the per-network lines', () => {
    const { shaped } = q1([
      { kind: 'rename', question: 'q1', theme: 't2', label: 'Information i tid' },
      { kind: 'reflection', text: '  Frågorna fungerade väl.  ' },
    ]);
    expect(shaped.compilation.reflection).toBe('Frågorna fungerade väl.');
    const n1 = shaped.compilation.networks.find((n) => n.id === 'n1');
    expect(n1?.raised[0]?.themes).toContain('Information i tid');
  });
});
