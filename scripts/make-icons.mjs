// `npm run icons`: draws public/icon.svg into the PNGs the manifest uses (public/icon/<size>.png, found by WXT)
// and the local web app's public/favicon.ico (the 16, 32 and 48 px PNGs inside an ICO container). Renders with
// Debian's Chromium through playwright-core (never downloads a browser). The outputs are committed source assets:
// run this again only after changing the SVG.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const PUBLIC = 'public';
const SIZES = [16, 32, 48, 128];
const ICO_SIZES = [16, 32, 48];
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** An ICO file holding PNG images (valid since Windows Vista; every browser reads it). */
function icoFromPngs(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  const entries = [];
  let offset = 6 + 16 * images.length;
  for (const { size, png } of images) {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // width (0 means 256)
    entry.writeUInt8(size >= 256 ? 0 : size, 1); // height
    entry.writeUInt8(0, 2); // palette colours: none
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    entries.push(entry);
    offset += png.length;
  }
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

async function main() {
  if (!existsSync(CHROMIUM)) {
    console.error(`Không thấy Chromium ở ${CHROMIUM}. Cài bằng: sudo apt-get install -y --no-install-recommends chromium`);
    process.exit(1);
  }
  const svg = readFileSync(join(PUBLIC, 'icon.svg'));
  const src = `data:image/svg+xml;base64,${svg.toString('base64')}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const pngs = new Map();
  try {
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      await page.setContent(
        `<!doctype html><html><body style="margin:0;background:transparent"><img alt="" width="${size}" height="${size}" style="display:block" src="${src}"></body></html>`,
      );
      await page.locator('img').evaluate((img) => img.decode());
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      await page.close();
      pngs.set(size, png);
    }
  } finally {
    await browser.close();
  }
  mkdirSync(join(PUBLIC, 'icon'), { recursive: true });
  for (const [size, png] of pngs) writeFileSync(join(PUBLIC, 'icon', `${size}.png`), png);
  const ico = icoFromPngs(ICO_SIZES.map((size) => ({ size, png: pngs.get(size) })));
  writeFileSync(join(PUBLIC, 'favicon.ico'), ico);
  for (const [size, png] of pngs) console.log(`public/icon/${size}.png  ${png.length} B`);
  console.log(`public/favicon.ico  ${ico.length} B (${ICO_SIZES.join(', ')} px)`);
}

await main();
