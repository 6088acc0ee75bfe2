// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The icon files `npm run icons` (scripts/make-icons.mjs) draws from public/icon.svg: the PNGs WXT lists as the
 * manifest's `icons` (public/icon/<size>.png) and the local web app's favicon.ico. They are committed assets.
 */
const PUBLIC = join(process.cwd(), 'public');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
}

/** The IHDR chunk of a PNG (always the first chunk, right after the 8-byte signature). */
function pngHeader(png: Buffer): PngHeader {
  if (!png.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('not a PNG');
  if (png.toString('latin1', 12, 16) !== 'IHDR') throw new Error('first chunk is not IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), bitDepth: png.readUInt8(24), colorType: png.readUInt8(25) };
}

interface IcoEntry {
  width: number;
  height: number;
  bitCount: number;
  data: Buffer;
}

/** The directory of an ICO file: a 6-byte header, then 16 bytes per image (0 in width/height means 256). */
function icoEntries(ico: Buffer): IcoEntry[] {
  if (ico.readUInt16LE(0) !== 0 || ico.readUInt16LE(2) !== 1) throw new Error('not an ICO header');
  const count = ico.readUInt16LE(4);
  return Array.from({ length: count }, (_, i) => {
    const at = 6 + 16 * i;
    const size = ico.readUInt32LE(at + 8);
    const offset = ico.readUInt32LE(at + 12);
    if (offset + size > ico.length) throw new Error(`image ${i} runs past the end of the file`);
    return {
      width: ico.readUInt8(at) || 256,
      height: ico.readUInt8(at + 1) || 256,
      bitCount: ico.readUInt16LE(at + 6),
      data: ico.subarray(offset, offset + size),
    };
  });
}

describe('the parsers', () => {
  const png = (width: number, height: number) => {
    const b = Buffer.alloc(33);
    PNG_SIGNATURE.copy(b, 0);
    b.writeUInt32BE(13, 8);
    b.write('IHDR', 12, 'latin1');
    b.writeUInt32BE(width, 16);
    b.writeUInt32BE(height, 20);
    b.writeUInt8(8, 24);
    b.writeUInt8(6, 25);
    return b;
  };

  it.each([
    [16, 16],
    [128, 64],
    [300, 1],
  ])('reads a %i × %i IHDR', (w, h) => {
    expect(pngHeader(png(w, h))).toEqual({ width: w, height: h, bitDepth: 8, colorType: 6 });
  });

  it('refuses what is not a PNG', () => {
    expect(() => pngHeader(Buffer.from('GIF89a and then some bytes here'))).toThrow('not a PNG');
  });

  it.each([
    [255, 255],
    [256, 0],
  ])('an ICO entry %i px wide is written as %i', (size, byte) => {
    const data = png(size, size);
    const header = Buffer.from([0, 0, 1, 0, 1, 0]);
    const entry = Buffer.alloc(16);
    entry.writeUInt8(byte, 0);
    entry.writeUInt8(byte, 1);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(22, 12);
    const [read] = icoEntries(Buffer.concat([header, entry, data]));
    expect(read?.width).toBe(size);
    expect(read?.data.equals(data)).toBe(true);
  });

  it('refuses an ICO whose image runs past the end', () => {
    const entry = Buffer.alloc(16);
    entry.writeUInt32LE(100, 8);
    entry.writeUInt32LE(22, 12);
    expect(() => icoEntries(Buffer.concat([Buffer.from([0, 0, 1, 0, 1, 0]), entry]))).toThrow('past the end');
  });
});

describe('the icon files', () => {
  it.each([16, 32, 48, 128])('public/icon/%i.png is a %i px square RGBA PNG', (size) => {
    const header = pngHeader(readFileSync(join(PUBLIC, 'icon', `${size}.png`)));
    expect(header).toEqual({ width: size, height: size, bitDepth: 8, colorType: 6 });
  });

  it('public/favicon.ico holds the 16, 32 and 48 px PNGs, byte for byte the ones in public/icon/', () => {
    const entries = icoEntries(readFileSync(join(PUBLIC, 'favicon.ico')));
    expect(entries.length).toBeGreaterThanOrEqual(2);
    expect(entries.map((e) => e.width)).toEqual(expect.arrayContaining([16, 32]));
    for (const e of entries) {
      expect(e.height).toBe(e.width);
      expect(e.bitCount).toBe(32);
      expect(pngHeader(e.data)).toMatchObject({ width: e.width, height: e.height });
      expect(e.data.equals(readFileSync(join(PUBLIC, 'icon', `${e.width}.png`)))).toBe(true);
    }
  });

  it('public/icon.svg is small, self-contained artwork: no text (fonts), no links, no scripts', () => {
    const svg = readFileSync(join(PUBLIC, 'icon.svg'), 'utf8');
    expect(svg.length).toBeLessThan(2048);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 128 128"/);
    expect(svg.trim().endsWith('</svg>')).toBe(true);
    expect(svg).not.toMatch(/<text|<image|<script|<style|href=|@import|url\(/i);
  });
});
