import { z } from 'zod';
import { parseJsonWith } from '../../src/slack/parse-json-with';

const schema = z.strictObject({ a: z.number().int(), b: z.string().optional() });

describe('parseJsonWith', () => {
  it('gives the parsed value when the JSON fits the schema', () => {
    expect(parseJsonWith(schema, '{"a":1}')).toEqual({ a: 1 });
    expect(parseJsonWith(schema, '{"a":2,"b":"🌱 <b>"}')).toEqual({ a: 2, b: '🌱 <b>' });
  });

  it('applies the schema’s own transforms', () => {
    expect(parseJsonWith(z.string().transform((s) => s.length), '"åäö"')).toBe(3);
  });

  it.each([
    ['a number', 1],
    ['an object', { a: 1 }],
    ['null', null],
    ['undefined', undefined],
  ])('gives undefined for a raw value that is %s, not a string', (_, raw) => {
    expect(parseJsonWith(schema, raw)).toBeUndefined();
  });

  it.each([
    ['empty', ''],
    ['not JSON', '{a:1}'],
    ['cut short', '{"a":'],
    ['of another shape', '{"a":"1"}'],
    ['with a field too many', '{"a":1,"c":2}'],
    ['JSON null', 'null'],
    ['very long', `{"a":1,"b":"${'x'.repeat(100_000)}"`],
  ])('gives undefined for a string that is %s', (_, raw) => {
    expect(parseJsonWith(schema, raw)).toBeUndefined();
  });
});
