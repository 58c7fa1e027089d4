// Draws the Teams app icons (manifests/teams/color.png 192×192 and
// outline.png 32×32, white on transparent, as Teams requires) with a tiny
// PNG encoder, so the icons are reproducible and need no image tool.
// Run: node scripts/make-teams-icons.mjs
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
/** RGBA pixels (size×size×4) to a PNG file. */
function png(size, pixels) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // no filter
    pixels.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Three people (circles) joined in a network: the motif, in unit coordinates. */
const NODES = [
  [0.5, 0.27],
  [0.27, 0.7],
  [0.73, 0.7],
];
function distToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}
/** Coverage (0–1) of the motif at a pixel, 4×4 supersampled for smooth edges. */
function motif(size, x, y, radius, line) {
  let hit = 0;
  for (let sy = 0; sy < 4; sy++) {
    for (let sx = 0; sx < 4; sx++) {
      const u = (x + (sx + 0.5) / 4) / size;
      const v = (y + (sy + 0.5) / 4) / size;
      const onNode = NODES.some(([nx, ny]) => Math.hypot(u - nx, v - ny) <= radius);
      const onLine = NODES.some((a, i) => distToSegment(u, v, a, NODES[(i + 1) % 3]) <= line);
      if (onNode || onLine) hit++;
    }
  }
  return hit / 16;
}

function draw(size, background, radius, line) {
  const px = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const a = motif(size, x, y, radius, line);
      const i = (y * size + x) * 4;
      if (background) {
        // White motif over the background colour.
        px[i] = Math.round(background[0] * (1 - a) + 255 * a);
        px[i + 1] = Math.round(background[1] * (1 - a) + 255 * a);
        px[i + 2] = Math.round(background[2] * (1 - a) + 255 * a);
        px[i + 3] = 255;
      } else {
        px.fill(255, i, i + 3);
        px[i + 3] = Math.round(255 * a);
      }
    }
  }
  return png(size, px);
}

const dir = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', 'manifests', 'teams');
writeFileSync(join(dir, 'color.png'), draw(192, [0x2e, 0x6e, 0x65], 0.11, 0.03));
writeFileSync(join(dir, 'outline.png'), draw(32, null, 0.13, 0.045));
console.warn('wrote color.png and outline.png');
