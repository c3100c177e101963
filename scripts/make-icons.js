#!/usr/bin/env node
/**
 * Draws the add-in's icons and writes them as PNGs into assets/: the add-in
 * icon and one per ribbon button, at every size Office asks for (16, 32, 64,
 * 80, 128). Shapes are described once in unit coordinates and rendered with
 * 4×4 supersampling, so every size is drawn, not scaled. A tiny PNG encoder
 * (node:zlib for the deflate, CRC-32 by table) keeps this free of packages.
 *
 *   node scripts/make-icons.js
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const SIZES = [16, 32, 64, 80, 128];
const OUT = path.join(__dirname, '..', 'assets');

// ---- PNG encoding -------------------------------------------------------
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
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

/** RGBA pixels (Uint8Array, row-major) → PNG file bytes. */
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---- Shapes in unit coordinates ------------------------------------------
const hex = (h) => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)];

function roundRect(x0, y0, x1, y1, r) {
  return (x, y) => {
    const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
    const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
    return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
  };
}

function segment(ax, ay, bx, by, width) {
  return (x, y) => {
    const vx = bx - ax;
    const vy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
    const dx = x - (ax + t * vx);
    const dy = y - (ay + t * vy);
    return dx * dx + dy * dy <= (width / 2) ** 2;
  };
}

const polyline = (points, width) => {
  const parts = points.slice(1).map((p, i) => segment(points[i][0], points[i][1], p[0], p[1], width));
  return (x, y) => parts.some((f) => f(x, y));
};

const INK = '#424242';
const GRID = '#9E9E9E';

/** A worksheet: white page, dark frame, grid lines. */
function sheet() {
  const inside = roundRect(0.14, 0.12, 0.86, 0.88, 0.05);
  return [
    [roundRect(0.1, 0.08, 0.9, 0.92, 0.08), INK],
    [inside, '#FFFFFF'],
    [(x, y) => inside(x, y) && (Math.abs(y - 0.36) < 0.022 || Math.abs(y - 0.62) < 0.022 || Math.abs(x - 0.42) < 0.022), GRID],
  ];
}

const ICONS = {
  // The add-in: a blue tile with a ticked table.
  icon: () => [
    [roundRect(0.04, 0.04, 0.96, 0.96, 0.16), '#1F5FAD'],
    [(x, y) => roundRect(0.18, 0.18, 0.82, 0.82, 0.04)(x, y) && (Math.abs(y - 0.4) < 0.025 || Math.abs(y - 0.6) < 0.025 || Math.abs(x - 0.4) < 0.025), '#7FA7D8'],
    [polyline([[0.24, 0.52], [0.43, 0.7], [0.78, 0.3]], 0.14), '#FFFFFF'],
  ],
  // Verify: a sheet with a green tick.
  verify: () => [
    ...sheet(),
    [polyline([[0.26, 0.54], [0.45, 0.73], [0.82, 0.3]], 0.17), '#FFFFFF'],
    [polyline([[0.28, 0.54], [0.45, 0.71], [0.8, 0.31]], 0.11), '#107C10'],
  ],
  // Findings: a list whose markers are the highlight colours.
  findings: () => [
    ...[0.25, 0.5, 0.75].flatMap((y, i) => [
      [roundRect(0.08, y - 0.09, 0.26, y + 0.09, 0.03), i === 1 ? '#C19C00' : '#C4314B'],
      [segment(0.38, y, 0.9, y, 0.1), INK],
    ]),
  ],
  // Clear: a highlighted cell and an eraser wiping it.
  clear: () => [
    ...sheet(),
    [roundRect(0.16, 0.38, 0.4, 0.6, 0.0), '#FFC7CE'],
    [segment(0.42, 0.8, 0.8, 0.42, 0.3), INK],
    [segment(0.44, 0.78, 0.78, 0.44, 0.22), '#C4314B'],
    [segment(0.44, 0.78, 0.55, 0.67, 0.22), '#F5F5F5'],
  ],
};

function render(layers, size) {
  const ss = 4;
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < ss; sy += 1) {
        for (let sx = 0; sx < ss; sx += 1) {
          const x = (px + (sx + 0.5) / ss) / size;
          const y = (py + (sy + 0.5) / ss) / size;
          let colour = null;
          for (const [inside, c] of layers) if (inside(x, y)) colour = c;
          if (colour) {
            const [cr, cg, cb] = hex(colour);
            r += cr; g += cg; b += cb; a += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
        rgba[i + 3] = Math.round((255 * a) / (ss * ss));
      }
    }
  }
  return rgba;
}

if (require.main === module) {
  fs.mkdirSync(OUT, { recursive: true });
  for (const [name, layers] of Object.entries(ICONS)) {
    for (const size of SIZES) {
      const file = path.join(OUT, `${name}-${size}.png`);
      fs.writeFileSync(file, encodePng(size, size, render(layers(), size)));
      console.log(path.relative(process.cwd(), file));
    }
  }
}

module.exports = { encodePng, crc32, SIZES, ICONS: Object.keys(ICONS) };
