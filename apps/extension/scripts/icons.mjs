// Draws the toolbar icon (a white pioneer's flag on a green rounded square) as PNG files, so
// the repository holds no binary and every size is crisp.
import { deflateSync } from "node:zlib";

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** @param {number} size @returns {Buffer} */
export function iconPng(size) {
  const s = 4; // supersampling
  const rows = [];
  const inside = (x, y) => {
    const u = x / size,
      v = y / size;
    const r = 0.2,
      cx = Math.min(Math.max(u, r), 1 - r),
      cy = Math.min(Math.max(v, r), 1 - r);
    if ((u - cx) ** 2 + (v - cy) ** 2 > r * r) return 0; // outside the rounded square
    const pole = u > 0.27 && u < 0.35 && v > 0.18 && v < 0.84;
    const flag = u >= 0.35 && v > 0.2 && v < 0.56 && u < 0.78 - Math.abs(v - 0.38) * 0.9;
    return pole || flag ? 2 : 1;
  };
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) {
      let green = 0,
        white = 0;
      for (let i = 0; i < s; i++)
        for (let j = 0; j < s; j++) {
          const k = inside(x + (i + 0.5) / s, y + (j + 0.5) / s);
          if (k === 1) green++;
          else if (k === 2) white++;
        }
      const n = s * s,
        a = (green + white) / n;
      const mix = a ? white / (green + white) : 0;
      const c = [0x14, 0x6b, 0x4b].map((g) => Math.round(g + (255 - g) * mix));
      row.push(...c, Math.round(a * 255));
    }
    rows.push(Buffer.from(row));
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}
