// Writes the web manifest's PNG icons (public/icon-*.png) from the favicon's shapes: a rounded
// teal square with a white four-point star. Run once after changing the design:
// `npx tsx scripts/make-icons.ts`. A tiny PNG writer, so no image tool is needed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const TEAL = [0x0b, 0x5c, 0x66];
const WHITE = [0xff, 0xff, 0xff];
// The favicon's star on a 32-unit grid.
const STAR: [number, number][] = [
  [16, 5],
  [19.2, 13.2],
  [27, 16],
  [19.2, 18.8],
  [16, 27],
  [12.8, 18.8],
  [5, 16],
  [12.8, 13.2],
];
const inside = (x: number, y: number, poly: [number, number][]) => {
  let hit = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i]!;
    const [xj, yj] = poly[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
};

function pixel(u: number, v: number, maskable: boolean): number[] | null {
  // u, v on the 32-unit grid. Maskable: full bleed, star shrunk into the safe zone.
  if (!maskable) {
    const r = 7;
    const cx = Math.min(Math.max(u, r), 32 - r);
    const cy = Math.min(Math.max(v, r), 32 - r);
    if ((u - cx) ** 2 + (v - cy) ** 2 > r * r) return null;
  }
  const s = maskable ? 0.62 : 1;
  const x = 16 + (u - 16) / s;
  const y = 16 + (v - 16) / s;
  if ((x - 16) ** 2 + (y - 16) ** 2 <= 2.6 * 2.6) return TEAL;
  return inside(x, y, STAR) ? WHITE : TEAL;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf: Buffer) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type: string, data: Buffer) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

function png(size: number, maskable: boolean): Buffer {
  const SS = 4; // supersampling per axis, for smooth edges
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < SS; sy++)
        for (let sx = 0; sx < SS; sx++) {
          const p = pixel(((x + (sx + 0.5) / SS) / size) * 32, ((y + (sy + 0.5) / SS) / size) * 32, maskable);
          if (p) {
            r += p[0]!;
            g += p[1]!;
            b += p[2]!;
            a += 1;
          }
        }
      const o = 1 + x * 4;
      row[o] = a ? Math.round(r / a) : 0;
      row[o + 1] = a ? Math.round(g / a) : 0;
      row[o + 2] = a ? Math.round(b / a) : 0;
      row[o + 3] = Math.round((a / (SS * SS)) * 255);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

writeFileSync('public/icon-192.png', png(192, false));
writeFileSync('public/icon-512.png', png(512, false));
writeFileSync('public/icon-maskable-512.png', png(512, true));
