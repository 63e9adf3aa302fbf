#!/usr/bin/env node
/**
 * Draws the add-in's icons (assets/icon-16/32/64/80.png): a red rounded square with a white 廉-style mark
 * (广 over a simplified 兼), from strokes, antialiased, encoded as PNG with zlib. No font or image tool needed,
 * so the committed PNGs can be regenerated anywhere: `node scripts/make-icons.mjs`.
 */
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RED = [192, 0, 0];
const WHITE = [255, 255, 255];
const SIZES = [16, 32, 64, 80];

// Strokes in a unit square: [x1, y1, x2, y2] capsules, thickness T.
const T = 0.085;
const STROKES = [
  [0.5, 0.11, 0.53, 0.19], // 点
  [0.2, 0.25, 0.84, 0.25], // 广 横
  [0.25, 0.25, 0.16, 0.87], // 广 撇
  [0.45, 0.31, 0.48, 0.36], // 兼 丷
  [0.74, 0.31, 0.71, 0.36],
  [0.38, 0.42, 0.8, 0.42], // 兼 横
  [0.32, 0.56, 0.86, 0.56],
  [0.38, 0.7, 0.8, 0.7],
  [0.59, 0.42, 0.59, 0.9], // 竖
  [0.59, 0.72, 0.4, 0.88], // 撇
  [0.59, 0.72, 0.84, 0.88], // 捺
];

function segDist(px, py, [x1, y1, x2, y2]) {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const len2 = dx * dx + dy * dy || 1e-9;
  const t = Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / len2));
  return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
}

function inRoundedSquare(x, y, r = 0.18) {
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return Math.hypot(x - cx, y - cy) <= r && x >= 0 && x <= 1 && y >= 0 && y <= 1;
}

/** RGBA pixels with 4×4 supersampling. */
function draw(size) {
  const px = Buffer.alloc(size * size * 4);
  const n = 4;
  // Thin strokes vanish at 16 px: thicken a little for the small sizes.
  const t = size <= 16 ? T * 1.35 : size <= 32 ? T * 1.12 : T;
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < n; sy++)
        for (let sx = 0; sx < n; sx++) {
          const u = (x + (sx + 0.5) / n) / size;
          const v = (y + (sy + 0.5) / n) / size;
          if (!inRoundedSquare(u, v)) continue;
          bg++;
          if (STROKES.some((s) => segDist(u, v, s) <= t / 2)) fg++;
        }
      const i = (y * size + x) * 4;
      const a = bg / (n * n);
      const f = bg ? fg / bg : 0;
      for (let c = 0; c < 3; c++) px[i + c] = Math.round(RED[c] * (1 - f) + WHITE[c] * f);
      px[i + 3] = Math.round(a * 255);
    }
  return px;
}

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
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

export function png(size) {
  const rgba = draw(size);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets');
mkdirSync(out, { recursive: true });
for (const s of SIZES) writeFileSync(join(out, `icon-${s}.png`), png(s));
console.log(`wrote ${SIZES.map((s) => `assets/icon-${s}.png`).join(', ')}`);
