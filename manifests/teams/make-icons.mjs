// Draws the Teams app icons with Node's standard library only (zlib for PNG compression and CRC-32):
// color.png 192x192 (full colour) and outline.png 32x32 (white on transparent), as the Teams manifest asks.
// Usage: node make-icons.mjs [output directory]
import { deflateSync, crc32 } from "node:zlib";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

const out = process.argv[2] ?? new URL(".", import.meta.url).pathname;

/** Three linked circles: the members of a collaboration. Returns coverage 0..1 at (x, y) in a unit square. */
function glyph(x, y, stroke) {
  const nodes = [[0.5, 0.28], [0.27, 0.68], [0.73, 0.68]];
  const radius = 0.13;
  let best = 0;
  for (const [cx, cy] of nodes) {
    const d = Math.hypot(x - cx, y - cy);
    best = Math.max(best, edge(radius - d, stroke));
  }
  for (let i = 0; i < nodes.length; i++) {
    const [ax, ay] = nodes[i];
    const [bx, by] = nodes[(i + 1) % nodes.length];
    best = Math.max(best, edge(stroke / 2 - segmentDistance(x, y, ax, ay, bx, by), stroke));
  }
  return best;
}

function segmentDistance(px, py, ax, ay, bx, by) {
  const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}

/** Anti-aliased edge: signed distance to coverage. */
function edge(inside, softness) {
  return Math.max(0, Math.min(1, 0.5 + inside / (softness * 0.5)));
}

function png(size, pixel) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel((x + 0.5) / size, (y + 0.5) / size);
      row.set([r, g, b, a], 1 + x * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

// Colour icon: the accent colour (#2E6B5E) filled to the edges, a white glyph.
const color = png(192, (x, y) => {
  const c = glyph(x, y, 0.07);
  const mix = (bg) => Math.round(bg + (255 - bg) * c);
  return [mix(0x2e), mix(0x6b), mix(0x5e), 255];
});

// Outline icon: white only, transparent everywhere else.
const outline = png(32, (x, y) => [255, 255, 255, Math.round(255 * glyph(x, y, 0.12))]);

writeFileSync(join(out, "color.png"), color);
writeFileSync(join(out, "outline.png"), outline);
console.log(`wrote color.png (192x192) and outline.png (32x32) to ${out}`);
