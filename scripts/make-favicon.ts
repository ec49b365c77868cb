// Writes app/favicon.ico from app/icon.svg (run once after changing the icon): a 48×48 PNG in
// an ICO container, which every browser that asks for /favicon.ico understands.
import { readFileSync, writeFileSync } from 'node:fs';
import { chromiumPath, launchChromium } from './support';

const size = 48;
const executablePath = chromiumPath();
if (!executablePath) throw new Error('No Chromium: set CHROMIUM_PATH or apt-get install chromium');
const browser = await launchChromium(executablePath);
const page = await browser.newPage({ viewport: { width: size, height: size } });
const svg = readFileSync('app/icon.svg', 'utf8').replace('<svg ', `<svg width="${size}" height="${size}" `);
await page.setContent(`<body style="margin:0">${svg}</body>`);
const png = await page.screenshot({ omitBackground: true });
await browser.close();

const header = Buffer.alloc(22);
header.writeUInt16LE(0, 0); // reserved
header.writeUInt16LE(1, 2); // type: icon
header.writeUInt16LE(1, 4); // one image
header.writeUInt8(size, 6);
header.writeUInt8(size, 7);
header.writeUInt16LE(1, 12); // colour planes
header.writeUInt16LE(32, 14); // bits per pixel
header.writeUInt32LE(png.length, 16);
header.writeUInt32LE(22, 18); // offset of the PNG
writeFileSync('app/favicon.ico', Buffer.concat([header, png]));
console.log(`app/favicon.ico: ${header.length + png.length} bytes`);
