import type Keyv from 'keyv';
import type { Deserialize, Serialize } from 'keyv';

/**
 * Where JSON text may hold a string that starts with ':' (an opening quote
 * right before a colon, after what can come before a value or a key).
 * keyv's own format writes such a string with one more ':' in front, and a
 * Buffer as ':base64:…', so only text like that needs keyv's way of reading;
 * anything else is plain JSON. A key that starts with ':' also matches,
 * which only costs the slower way.
 */
const COLON_STRING = /(?:^|[[{,:])\s*":/;
/** How JSON.stringify writes a Buffer, which keyv's format writes as ':base64:…'. */
const BUFFER = '"type":"Buffer"';

/**
 * keyv's serialisation, in the same format, by the engine's JSON.stringify
 * and JSON.parse whenever that gives the same text or value: keyv's own
 * walks every value in JavaScript (and reads with a reviver called for
 * each), a tenth of a saved form's work. Values with a string starting
 * with ':' or a Buffer go through keyv's own (`keyv`'s current functions),
 * so what is stored, and what was stored before, reads the same either way.
 */
export function useFastJson(keyv: Keyv<unknown>): void {
  const serialize = keyv.serialize;
  const deserialize = keyv.deserialize;
  if (!serialize || !deserialize) return;
  keyv.serialize = ((data) => {
    const json = JSON.stringify(data);
    return json === undefined || COLON_STRING.test(json) || json.includes(BUFFER) ? serialize(data) : json;
  }) as Serialize;
  keyv.deserialize = ((text: string) => (typeof text !== 'string' || COLON_STRING.test(text) ? deserialize(text) : JSON.parse(text))) as Deserialize;
}
