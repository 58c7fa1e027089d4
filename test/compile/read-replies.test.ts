import { parseReplyLines } from '../../src/compile/read-replies';

describe('parseReplyLines', () => {
  it('reads the export format, keeping what the compiler uses and dropping what it must not', () => {
    const line = {
      id: 'r1', program: 'p', round: 2, network: 'eskilstuna', question: 'syfte', role: 'anhorig', kind: 'minutes',
      text: 'Avlösning 🙂', option: null, consent: false, createdAt: '2026-11-20T10:00:00.000Z', author: { platform: 'slack', userId: 'U1' },
    };
    const { replies, problems } = parseReplyLines(`${JSON.stringify(line)}\n`, 'en');
    expect(problems).toEqual([]);
    expect(replies).toEqual([
      { id: 'r1', question: 'syfte', text: 'Avlösning 🙂', option: null, role: 'anhorig', network: 'eskilstuna', kind: 'minutes', consent: false, round: 2 },
    ]);
  });

  it('lists the programs the lines name, each once, so a file can be checked against a program', () => {
    const lines = ['{"id":"a","question":"q","text":"x","program":"p2"}', '{"id":"b","question":"q","text":"y"}', '{"id":"c","question":"q","text":"z","program":"p1"}', '{"id":"d","question":"q","text":"w","program":"p2"}'];
    expect(parseReplyLines(lines.join('\n'), 'sv').programs).toEqual(['p1', 'p2']);
  });

  it('reads a bare benchmark line, numbers as ids, and ignores its theme', () => {
    const { replies, problems } = parseReplyLines('{"id": 7, "question": 1, "text": "Mer tid", "theme": "tid"}\r\n\n', 'sv');
    expect(problems).toEqual([]);
    expect(replies).toEqual([{ id: '7', question: '1', text: 'Mer tid', option: null }]);
  });

  it('takes an option without text, and refuses a line with neither', () => {
    const { replies, problems } = parseReplyLines(
      ['{"id":"a","question":"q","option":"Ja"}', '{"id":"b","question":"q","text":"   "}', '{"id":"c","question":"q","text":null,"option":null}'].join('\n'),
      'en',
    );
    expect(replies.map((r) => r.id)).toEqual(['a']);
    expect(problems.map((p) => p.path)).toEqual(['line 2', 'line 3']);
    expect(problems[0]?.message).toContain('write text or option');
  });

  it('reports every bad line with its number, and keeps the good ones', () => {
    const text = ['{"id":"ok","question":"q","text":"bra"}', '{not json', '{"id":"","question":"q","text":"x"}', '{"id":"k","question":"q","text":"x","kind":"essay"}', '{"id":"r","question":"q","text":"x","round":1.5}'].join('\n');
    const { replies, problems } = parseReplyLines(text, 'en');
    expect(replies.map((r) => r.id)).toEqual(['ok']);
    expect(problems.map((p) => p.path)).toEqual(['line 2', 'line 3', 'line 4', 'line 5']);
    expect(problems[0]?.message).toContain('not valid JSON');
  });

  it('reads nothing from an empty text', () => {
    expect(parseReplyLines('', 'sv')).toEqual({ replies: [], programs: [], problems: [] });
  });
});
