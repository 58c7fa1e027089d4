import * as zlib from 'node:zlib';
import { crc32 } from '../../../src/teams/manifest/crc32';

describe('crc32', () => {
  it('gives the standard check values', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32(Buffer.alloc(0))).toBe(0);
    expect(crc32(Buffer.from('The quick brown fox jumps over the lazy dog'))).toBe(0x414fa339);
  });

  it('agrees with node:zlib where Node has it, on UTF-8 and binary data', () => {
    const native = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
    const inputs = [Buffer.from('Lärande nätverk 😀'), Buffer.from(Array.from({ length: 1000 }, (_, i) => (i * 37) & 0xff)), Buffer.alloc(70_000, 0xff)];
    for (const data of inputs) {
      const value = crc32(data);
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(0xffffffff);
      if (native) expect(value).toBe(native(data));
    }
  });
});
