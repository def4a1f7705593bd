/**
 * A synthetic infinite-scroll feed in Mastodon's markup: the page itself appends `total` posts
 * in bursts, as a real feed does while the person scrolls, then sets window.__feedDone.
 * Texts cycle through ordinary and manipulative posts so the watcher labels some of them.
 */
export const SYNTHETIC_TEXTS = [
  'Finished the garden bench I started in spring. Two coats of oil, one wobbly leg fixed with a shim.',
  'These CLOWNS in charge want YOU to pay for their mistakes AGAIN. Disgusting. Share if you agree!!!',
  'Reading group this Thursday: chapter 4 of The Dispossessed. Bring questions, snacks optional.',
  'ONLY 3 LEFT! This sale ends TONIGHT at midnight. 10,000 people already bought this. Order now!',
  'She opened the old box in her attic. You will not believe what she found inside.',
  'Small bug fix landed in the tram timetable app: departures after midnight now show on the right day.',
  'Your account has been suspended due to unusual activity. Verify your identity within 24 hours at the link below.',
  'Walked to the lake before work. Mist on the water, two herons, nobody else around.',
  'Only 1% of people can solve this! Comment YES if you got it and tag 3 friends who cannot.',
  'Our choir sings on the 12th at the library. Free entry, mostly carols, one very ambitious Bach piece.',
];

export interface SyntheticFeedOptions {
  /**
   * The page draws Realign's badge on posts itself, in the frame after each burst: a shadow root
   * with this CSS, the given lines of text and a "Not helpful" button, for the posts whose text
   * (by its index in SYNTHETIC_TEXTS) has lines. What that costs is the browser's own price of
   * showing those labels at all, the floor under any labelling extension.
   */
  ownBadges?: { css: string; lines: readonly (readonly string[])[] };
  /**
   * The page adds the same words as one plain line of text per flagged post instead: no shadow
   * root, no CSS, no button. The least any visible label can cost.
   */
  plainLines?: readonly (readonly string[])[];
}

export function syntheticFeedHtml(total: number, burst: number, everyMs: number, options: SyntheticFeedOptions = {}): string {
  const drawBadges = options.ownBadges
    ? `const sheet = new CSSStyleSheet();
sheet.replaceSync(${JSON.stringify(options.ownBadges.css)});
const LINES = ${JSON.stringify(options.ownBadges.lines)};
function badge(a, lines) {
  const host = document.createElement('own-badge');
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.adoptedStyleSheets = [sheet];
  const box = document.createElement('div');
  box.className = 'badge';
  const texts = lines.map((text) => {
    const line = document.createElement('p');
    line.className = 'line';
    line.textContent = text;
    return line;
  });
  const controls = document.createElement('div');
  controls.className = 'controls';
  const button = document.createElement('button');
  button.textContent = 'Not helpful';
  controls.append(button);
  box.append(...texts, controls);
  shadow.append(box);
  a.querySelector('.status__content').after(host);
}
function drawBadges(posts) {
  requestAnimationFrame(() => { for (const a of posts) if (LINES[a.dataset.text].length > 0) badge(a, LINES[a.dataset.text]); });
}`
    : options.plainLines
      ? `const LINES = ${JSON.stringify(options.plainLines)};
function drawBadges(posts) {
  requestAnimationFrame(() => {
    for (const a of posts) {
      const lines = LINES[a.dataset.text];
      if (lines.length === 0) continue;
      const line = document.createElement('div');
      line.textContent = lines.join(' · ');
      a.querySelector('.status__content').after(line);
    }
  });
}`
      : 'function drawBadges() {}';
  return `<!doctype html><html><head><meta charset="utf-8"><title>synthetic feed</title>
<style>body{font:15px system-ui;margin:0}article{border-bottom:1px solid #ccc;padding:10px 16px}</style></head>
<body><div class="item-list" role="feed" id="feed"></div><script>
const TEXTS = ${JSON.stringify(SYNTHETIC_TEXTS)};
const feed = document.getElementById('feed');
let made = 0;
window.__longTasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); })
  .observe({ type: 'longtask', buffered: true });
function post(i) {
  const id = String(113600000000000000n + BigInt(i));
  const a = document.createElement('article');
  a.dataset.id = id;
  a.innerHTML = '<div class="status__wrapper status__wrapper-public"><div class="status" data-id="' + id + '">'
    + '<div class="status__info"><a class="status__display-name" href="/@user' + (i % 37) + '">'
    + '<span class="display-name__html">User ' + (i % 37) + '</span> <span class="display-name__account">@user' + (i % 37) + '</span></a>'
    + '<a class="status__relative-time" href="/@user' + (i % 37) + '/' + id + '"><time datetime="2026-11-23T08:00:00.000Z">1m</time></a></div>'
    + '<div class="status__content"><div class="status__content__text"><p></p></div></div></div></div>';
  a.querySelector('p').textContent = TEXTS[i % TEXTS.length] + ' #' + i;
  a.dataset.text = String(i % TEXTS.length);
  return a;
}
${drawBadges}
const timer = setInterval(() => {
  const fragment = document.createDocumentFragment();
  for (let k = 0; k < ${burst} && made < ${total}; k++) fragment.append(post(made++));
  const added = [...fragment.children];
  feed.append(fragment);
  drawBadges(added);
  window.scrollTo(0, document.body.scrollHeight);
  if (made >= ${total}) { clearInterval(timer); window.__feedDone = true; }
}, ${everyMs});
</script></body></html>`;
}
