/**
 * The Chrome Web Store's promotional images, rendered in Chromium from HTML and written to docs/store/:
 *
 *   promo-small-440x280.png      the small promo tile: the mark, the name, the motto
 *   promo-marquee-1400x560.png   the marquee: the same, beside the real popup and a real labelled post
 *
 * Nothing in them is drawn by hand: the mark is assets/icon.svg, the motto is the welcome page's
 * (public/_locales/en), and the popup and the post are screenshots of the built extension, the popup
 * on the seeded history the store screenshots use, the post from the demo feed. The stores' texts
 * are English, so these are too. Run after a build, under the shared lock:
 *
 *   flock /tmp/realign-build.lock sh -c 'npm run build && npx tsx scripts/render-promo.ts'
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtension, REPO_ROOT, type ExtensionSession } from '../harness/browser';
import { DEMO_FEED } from '../harness/fixtures';
import { makeHistory } from '../harness/synthetic-history';

const STORE = join(REPO_ROOT, 'docs', 'store');
const ICON_SVG = readFileSync(join(REPO_ROOT, 'assets', 'icon.svg'), 'utf8');
const english = JSON.parse(readFileSync(join(REPO_ROOT, 'public', '_locales', 'en', 'messages.json'), 'utf8')) as Record<string, { message: string }>;
const MOTTO = english.welcomeTagline!.message;
const NAME = english.extName!.message;
const PROMISE = 'Local labels for manipulative posts, an honest daily review, and nothing leaves your device.';

/** Screenshots at twice the pixels, so the images stay sharp when drawn smaller. */
async function sharpScreenshots(session: ExtensionSession, page: Page, width: number, height: number): Promise<void> {
  await page.setViewportSize({ width, height });
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 2, mobile: false });
}

async function shootPopup(session: ExtensionSession): Promise<Buffer> {
  const popup = await session.context.newPage();
  // Taller than the 600 px a toolbar popup opens at, so the crop below can end on a whole card.
  await sharpScreenshots(session, popup, 380, 800);
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await popup.waitForFunction(() => performance.getEntriesByName('realign:figures-shown').length > 0);
  // As in the store screenshots: the toolbar popup has no scrollbar of its own.
  await popup.addStyleTag({ content: 'html::-webkit-scrollbar { display: none; }' });
  // Down to the end of the consume-vs-create card.
  const bottom = await popup.locator('section', { has: popup.locator('[data-figure="consume"]') }).evaluate((card) => card.getBoundingClientRect().bottom);
  const png = await popup.screenshot({ clip: { x: 0, y: 0, width: 380, height: Math.ceil(bottom) + 10 } });
  await popup.close();
  return png;
}

async function shootLabelledPost(session: ExtensionSession): Promise<Buffer> {
  await session.serve('https://mastodon.social/home', { file: DEMO_FEED });
  const feed = await session.context.newPage();
  // A phone-wide feed, so the post is narrow enough to stand beside the popup at a readable size.
  await sharpScreenshots(session, feed, 420, 800);
  await feed.goto('https://mastodon.social/home');
  // The clickbait post: one calm label, and no emoji (this machine's fonts draw those as boxes).
  const post = feed.locator('article[data-realign="clickbait"]');
  await post.locator('realign-badge').waitFor({ timeout: 10_000 });
  const png = await post.screenshot();
  await feed.close();
  return png;
}

const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;

// The mark's teal fills the whole image, as the store asks of promo images (saturated, filling the
// region, clear edges on its white pages); the mark gets a cream outline to stand out on its own colour.
const BASE_STYLE = `
  html, body { margin: 0; overflow: hidden; }
  body { position: relative; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif; color: #f4f1ea;
    background: radial-gradient(circle at 22% 20%, #1f7a71 0%, #17645d 50%, #0f4a45 100%); }
  .mark { filter: drop-shadow(2px 0 0 #f4f1ea) drop-shadow(-2px 0 0 #f4f1ea) drop-shadow(0 2px 0 #f4f1ea)
    drop-shadow(0 -2px 0 #f4f1ea) drop-shadow(0 10px 20px rgba(0, 0, 0, 0.25)); }
  .mark svg { display: block; width: 100%; height: 100%; }
  h1, p { margin: 0; }
  h1 { font-weight: 700; letter-spacing: -0.02em; }
  .motto { font-weight: 700; color: #f2c27a; }`;

function smallTile(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${BASE_STYLE}
    html, body { width: 440px; height: 280px; }
    body { display: flex; flex-direction: column; align-items: center; justify-content: center; gap: 14px; }
    .mark { width: 104px; height: 104px; }
    h1 { font-size: 46px; line-height: 1; }
    .motto { font-size: 21px; }
  </style></head><body><div class="mark">${ICON_SVG}</div><h1>${NAME}</h1><p class="motto">${MOTTO}</p></body></html>`;
}

function marquee(popupPng: Buffer, postPng: Buffer): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${BASE_STYLE}
    html, body { width: 1400px; height: 560px; }
    .words { position: absolute; left: 72px; top: 0; bottom: 0; width: 540px; display: flex; flex-direction: column; justify-content: center; gap: 18px; }
    .brand { display: flex; align-items: center; gap: 22px; }
    .mark { width: 96px; height: 96px; }
    h1 { font-size: 68px; line-height: 1; }
    .motto { font-size: 29px; line-height: 1.2; }
    .promise { font-size: 21px; line-height: 1.45; color: rgba(244, 241, 234, 0.88); }
    img { position: absolute; display: block; border-radius: 12px;
      box-shadow: 0 22px 60px rgba(0, 0, 0, 0.35), 0 2px 8px rgba(0, 0, 0, 0.2); }
    .post { left: 648px; top: 50%; transform: translateY(-50%); width: 360px; }
    .popup { left: 1048px; top: 50%; transform: translateY(-50%); width: 300px; }
  </style></head><body>
    <div class="words">
      <div class="brand"><div class="mark">${ICON_SVG}</div><h1>${NAME}</h1></div>
      <p class="motto">${MOTTO}</p>
      <p class="promise">${PROMISE}</p>
    </div>
    <img class="post" alt="" src="${dataUrl(postPng)}">
    <img class="popup" alt="" src="${dataUrl(popupPng)}">
  </body></html>`;
}

async function render(session: ExtensionSession, html: string, width: number, height: number, file: string): Promise<string> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width, height });
  await page.setContent(html);
  await page.waitForFunction(() => [...document.images].every((image) => image.complete));
  const path = join(STORE, file);
  await page.screenshot({ path });
  await page.close();
  const png = readFileSync(path);
  const size = { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
  if (size.width !== width || size.height !== height) throw new Error(`${file} is ${size.width} × ${size.height}, not ${width} × ${height}`);
  // The store takes a JPEG or a 24-bit PNG without alpha: colour type 2 (RGB), not 6 (RGBA).
  if (png[25] !== 2) throw new Error(`${file} has PNG colour type ${png[25]}; the store wants 24-bit RGB without alpha`);
  return path;
}

mkdirSync(STORE, { recursive: true });
const session = await launchExtension();
try {
  const history = makeHistory(Date.now(), 21, 150);
  await session.writeRows('days', history.days);
  await session.writeRows('postsSeen', history.posts);
  await session.writeRows('segments', history.segments);
  const popupPng = await shootPopup(session);
  const postPng = await shootLabelledPost(session);
  console.log(await render(session, smallTile(), 440, 280, 'promo-small-440x280.png'));
  console.log(await render(session, marquee(popupPng, postPng), 1400, 560, 'promo-marquee-1400x560.png'));
} finally {
  await session.close();
}
