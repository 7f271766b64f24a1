import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';

/** The logo as the SVG icons draw it: a cross on a square, in the square's own units. */
interface IconShape {
  /** Side of the square in the SVG's units. */
  units: number;
  /** Corner radius of the square; 0 fills the whole image, as maskable icons must. */
  cornerRadius: number;
  /** The cross: two bars, each [left, top, right, bottom]. */
  bars: [number, number, number, number][];
}

/** site/public/favicon.svg */
const ROUNDED: IconShape = {
  units: 32,
  cornerRadius: 6,
  bars: [
    [13, 7, 19, 25],
    [7, 13, 25, 19],
  ],
};

/** site/public/icon-maskable.svg: the cross stays inside the central safe zone (40 % radius). */
const MASKABLE: IconShape = {
  units: 512,
  cornerRadius: 0,
  bars: [
    [226, 154, 286, 358],
    [154, 226, 358, 286],
  ],
};

const BRAND = [0x0b, 0x4f, 0x6c];
const CROSS = [0xff, 0xff, 0xff];
/** Samples per pixel side, for smooth edges. */
const SUPERSAMPLING = 4;

const APP_ICONS = [
  { file: 'icon-192.png', size: 192, shape: ROUNDED },
  { file: 'icon-512.png', size: 512, shape: ROUNDED },
  { file: 'icon-maskable-512.png', size: 512, shape: MASKABLE },
] as const;

/**
 * Writes the PNG icons that install prompts require (some ignore SVG icons) into the built
 * site, drawn from the same geometry as the SVGs so no binary file is kept in the repository.
 * Must run before the service worker integration, which precaches them.
 */
export function appIcons(): AstroIntegration {
  return {
    name: 'app-icons',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const outDir = fileURLToPath(dir);
        for (const icon of APP_ICONS) {
          await writeFile(join(outDir, icon.file), encodePng(icon.size, drawIcon(icon.shape, icon.size)));
        }
      },
    },
  };
}

function drawIcon(shape: IconShape, size: number): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const samples = SUPERSAMPLING * SUPERSAMPLING;
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      let covered = 0;
      const colour = [0, 0, 0];
      for (let sy = 0; sy < SUPERSAMPLING; sy += 1) {
        for (let sx = 0; sx < SUPERSAMPLING; sx += 1) {
          const u = ((x + (sx + 0.5) / SUPERSAMPLING) / size) * shape.units;
          const v = ((y + (sy + 0.5) / SUPERSAMPLING) / size) * shape.units;
          if (!insideRoundedSquare(u, v, shape)) continue;
          covered += 1;
          const paint = shape.bars.some(([left, top, right, bottom]) => u >= left && u < right && v >= top && v < bottom)
            ? CROSS
            : BRAND;
          for (let channel = 0; channel < 3; channel += 1) colour[channel]! += paint[channel]!;
        }
      }
      const offset = (y * size + x) * 4;
      for (let channel = 0; channel < 3; channel += 1) {
        pixels[offset + channel] = covered === 0 ? 0 : Math.round(colour[channel]! / covered);
      }
      pixels[offset + 3] = Math.round((covered / samples) * 255);
    }
  }
  return pixels;
}

function insideRoundedSquare(u: number, v: number, shape: IconShape): boolean {
  const radius = shape.cornerRadius;
  if (radius === 0) return true;
  const cornerX = Math.min(Math.max(u, radius), shape.units - radius);
  const cornerY = Math.min(Math.max(v, radius), shape.units - radius);
  return (u - cornerX) ** 2 + (v - cornerY) ** 2 <= radius ** 2;
}

/** A truecolour-with-alpha PNG (RFC 2083): signature, IHDR, one IDAT, IEND. */
function encodePng(size: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, no filter method, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    // Each row starts with its filter type, 0 (none).
    rows.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, checksum]);
}
