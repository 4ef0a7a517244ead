// Draws the app icons (public/icons/*.png) from the same design as the favicon in HeadMeta.astro, in Chromium.
// Run by hand when the design changes: node scripts/make-icons.ts
import { launchChromium } from './lib/chromium.ts';

const mark = "<path d='M8 9h7v7H8zm9 0h7v7h-7zM8 18h7v7H8z' fill='#fff'/><circle cx='20.5' cy='21.5' r='3.5' fill='#fbbf24'/>";
// `any` icons keep the rounded tile; the maskable one fills the square and keeps the mark inside the safe zone.
const designs = {
  'icon-192.png': {
    size: 192,
    svg: `<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'><rect width='32' height='32' rx='6' fill='#155e75'/>${mark}</svg>`,
  },
  'icon-512.png': {
    size: 512,
    svg: `<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'><rect width='32' height='32' rx='6' fill='#155e75'/>${mark}</svg>`,
  },
  'icon-maskable-512.png': {
    size: 512,
    svg: `<svg xmlns='http://www.w3.org/2000/svg' viewBox='-8 -8 48 48'><rect x='-8' y='-8' width='48' height='48' fill='#155e75'/>${mark}</svg>`,
  },
};

const browser = await launchChromium();
for (const [file, { size, svg }] of Object.entries(designs)) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<body style="margin:0">${svg.replace('<svg ', `<svg width='${size}' height='${size}' `)}</body>`);
  await page.screenshot({ path: `public/icons/${file}`, omitBackground: true });
  await page.close();
}
await browser.close();
