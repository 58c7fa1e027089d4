import { z } from 'zod';
import { readJsonLines } from '../../src/replies/read-reply-lines';

const schema = z.strictObject({ id: z.string().min(1), round: z.number().int().min(1) });

describe('readJsonLines', () => {
  it('reads each line against the schema, with its 1-based line number, skipping blank lines and CRLF', () => {
    const text = '{"id":"a","round":1}\r\n\r\n   \n{"id":"ö 🌱 <b>","round":2}\n';
    expect(readJsonLines(text, schema, 'en')).toEqual({
      items: [
        { line: 1, value: { id: 'a', round: 1 } },
        { line: 4, value: { id: 'ö 🌱 <b>', round: 2 } },
      ],
      problems: [],
    });
  });

  it('lists every bad line, not only the first: text that is not JSON, and each field the schema refuses', () => {
    const text = ['{"id":"a","round":1}', 'not json', '{"id":"","round":0}', '{"id":"b","round":1,"extra":true}', '{"id":"c"'].join('\n');
    const { items, problems } = readJsonLines(text, schema, 'en');
    expect(items.map((i) => i.line)).toEqual([1]);
    expect(problems.map((p) => p.path)).toEqual(['line 2', 'line 3', 'line 3', 'line 4', 'line 5']);
    expect(problems[1]?.message).toMatch(/^id: /);
    expect(problems[2]?.message).toMatch(/^round: /);
    expect(problems[3]?.message).toContain('extra');
    expect(problems[0]?.message).toBe(problems[4]?.message);
  });

  it('speaks Swedish when asked', () => {
    const { problems } = readJsonLines('x', schema, 'sv');
    expect(problems[0]?.path).toBe('rad 1');
  });

  it('reads nothing from an empty text', () => {
    expect(readJsonLines('', schema, 'en')).toEqual({ items: [], problems: [] });
  });
});
