import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from '../../../src/teams/manifest/crc32';
import { writeZip } from '../../../src/teams/manifest/zip-writer';
import { tempDir } from '../../helpers/temp-dir';
import { readZip } from '../helpers/read-zip';

const hasUnzip = (() => {
  try {
    execFileSync('unzip', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('writeZip', () => {
  const entries = [
    { name: 'manifest.json', data: Buffer.from('{"name":"Lärande nätverk 😀"}') },
    { name: 'färg.png', data: Buffer.from(Array.from({ length: 5000 }, (_, i) => i & 0xff)) },
    { name: 'empty.txt', data: Buffer.alloc(0) },
  ];

  it('writes every entry so that a reader gets the same bytes back, UTF-8 names included', () => {
    const zip = readZip(writeZip(entries));
    expect([...zip.keys()]).toEqual(['manifest.json', 'färg.png', 'empty.txt']);
    for (const e of entries) expect(zip.get(e.name)?.equals(e.data)).toBe(true);
  });

  it('records each entry’s CRC and sizes, flags UTF-8 names, and stamps a fixed date', () => {
    const zip = writeZip(entries.slice(0, 1));
    const entry = entries[0];
    if (!entry) throw new Error('no entry');
    expect(zip.readUInt32LE(0)).toBe(0x04034b50);
    expect(zip.readUInt16LE(6) & 0x0800).toBe(0x0800);
    expect(zip.readUInt16LE(8)).toBe(8);
    expect(zip.readUInt16LE(12)).toBe((1 << 5) | 1);
    expect(zip.readUInt32LE(14)).toBe(crc32(entry.data));
    expect(zip.readUInt32LE(22)).toBe(entry.data.length);
  });

  it('is byte for byte the same for the same entries, and an empty archive is only its end record', () => {
    expect(writeZip(entries).equals(writeZip(entries))).toBe(true);
    const empty = writeZip([]);
    expect(empty.length).toBe(22);
    expect(empty.readUInt32LE(0)).toBe(0x06054b50);
    expect(readZip(empty).size).toBe(0);
  });

  (hasUnzip ? it : it.skip)('is an archive the unzip tool tests as sound', () => {
    const dir = tempDir();
    try {
      const file = join(dir.path, 'app.zip');
      writeFileSync(file, writeZip(entries));
      expect(execFileSync('unzip', ['-t', file], { encoding: 'utf8' })).toMatch(/No errors detected/);
    } finally {
      dir.remove();
    }
  });
});
