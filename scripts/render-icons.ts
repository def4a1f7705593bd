/**
 * Renders assets/icon.svg to the PNG sizes the manifests ask for (public/icon/16.png …).
 * Run after changing the mark: `npx tsx scripts/render-icons.ts`. The PNGs are committed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium, REPO_ROOT } from '../harness/browser';

const SIZES = [16, 32, 48, 96, 128];

const svg = readFileSync(join(REPO_ROOT, 'assets', 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    const png = await page.screenshot({ omitBackground: true });
    writeFileSync(join(REPO_ROOT, 'public', 'icon', `${size}.png`), png);
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`Rendered ${SIZES.join(', ')} px icons into public/icon/.`);
