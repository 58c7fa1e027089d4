import Keyv from 'keyv';
import { useFastJson } from '../../src/store/keyv-json';

/** keyv's own format, as keyv writes and reads it: what the fast way must match. */
const own = new Keyv();
const ownSerialize = own.serialize as (data: unknown) => string;
const ownDeserialize = own.deserialize as (text: string) => unknown;

function fast() {
  const keyv = new Keyv();
  useFastJson(keyv);
  return { serialize: keyv.serialize as (data: unknown) => string, deserialize: keyv.deserialize as (text: string) => unknown };
}

const reply = {
  id: 'r1',
  program: 'p',
  round: 1,
  author: { platform: 'slack', userId: 'U1' },
  text: 'Avlösning på kvällarna "citat" \\ och: kolon, {klammer} [hak] \u2028 🌱',
  option: null,
  consent: true,
  history: [{ text: 'förut', updatedAt: '2026-11-23T10:00:00.000Z' }],
};

/** Values as keyv hands them over, `{ value, expires }`, with and without what its format writes differently. */
const values: unknown[] = [
  { value: reply, expires: undefined },
  { value: { ...reply, text: ':smile: tack' }, expires: 1_700_000_000_000 },
  { value: { ...reply, text: '::två kolon', option: ':' }, expires: undefined },
  { value: [':a', 'b', ':c'], expires: undefined },
  { value: ':a string alone', expires: undefined },
  { value: { ':key': 'värde', 'a,': { '[': ':x' } }, expires: undefined },
  { value: { text: 'ends with a backslash \\', next: ':after' }, expires: undefined },
  { value: { text: 'quote then colon ",": inside', n: 3 }, expires: undefined },
  { value: { bytes: Buffer.from('hej') }, expires: undefined },
  { value: { text: '{"type":"Buffer","data":[1]}' }, expires: undefined },
  { value: { when: new Date('2026-11-23T10:00:00Z'), missing: undefined, list: [1, null, true] }, expires: undefined },
  { value: 42, expires: undefined },
];

describe('useFastJson', () => {
  it('writes exactly what keyv’s own serialisation writes', () => {
    const { serialize } = fast();
    for (const v of values) expect(serialize(v)).toBe(ownSerialize(v));
  });

  it('reads what keyv’s own serialisation wrote as keyv reads it, strings starting with a colon and Buffers included', () => {
    const { deserialize } = fast();
    for (const v of values) {
      const text = ownSerialize(v);
      expect(deserialize(text)).toEqual(ownDeserialize(text));
    }
  });

  it('gives back the value it wrote, a leading colon and all', () => {
    const { serialize, deserialize } = fast();
    const value = { value: { ...reply, text: ':smile: tack', option: '::' }, expires: undefined };
    expect(deserialize(serialize(value))).toEqual({ value: { ...reply, text: ':smile: tack', option: '::' } });
  });

  it('reads JSON written with spaces (by hand, or by another tool) as keyv does', () => {
    const { deserialize } = fast();
    const text = '{ "value": { "text": "::escaped", "list": [ ":a", "b" ] } }';
    expect(deserialize(text)).toEqual(ownDeserialize(text));
    expect(deserialize(text)).toEqual({ value: { text: ':escaped', list: ['a', 'b'] } });
  });
});
