/**
 * Which activity a site counts as until the person moves it: feeds, video, news and shopping
 * consume; writing, coding, design, notes and office tools create; everything else is neutral.
 * A host matches a listed domain or any of its subdomains ("docs.google.com", "m.youtube.com").
 */
import { FEED_HOSTS } from '../sites/registry';
import type { Activity } from './activity';

const CONSUME = [
  // feeds: every supported one (sites/registry.ts), and others
  ...FEED_HOSTS,
  'pinterest.com', 'tumblr.com', '9gag.com', 'lobste.rs',
  // video and streaming
  'twitch.tv', 'netflix.com', 'vimeo.com', 'primevideo.com', 'disneyplus.com',
  // news
  'bbc.co.uk', 'bbc.com', 'cnn.com', 'nytimes.com', 'theguardian.com', 'washingtonpost.com',
  'foxnews.com', 'reuters.com', 'apnews.com', 'spiegel.de', 'bild.de', 'lemonde.fr', 'news.google.com',
  'buzzfeed.com', 'dailymail.co.uk', 'medium.com', 'substack.com',
  // shopping
  'amazon.com', 'amazon.de', 'amazon.co.uk', 'ebay.com', 'ebay.de', 'etsy.com', 'aliexpress.com',
  'temu.com', 'shein.com', 'zalando.de',
];

const CREATE = [
  // writing and office
  'docs.google.com', 'sheets.google.com', 'slides.google.com', 'office.com', 'office365.com',
  'onedrive.live.com', 'overleaf.com', 'paper.dropbox.com', 'quip.com', 'hackmd.io', 'stackedit.io',
  // notes
  'notion.so', 'notion.site', 'evernote.com', 'obsidian.md', 'keep.google.com', 'roamresearch.com',
  'coda.io', 'craft.do', 'workflowy.com',
  // code
  'github.com', 'gitlab.com', 'bitbucket.org', 'codeberg.org', 'codepen.io', 'codesandbox.io',
  'replit.com', 'stackblitz.com', 'vscode.dev', 'github.dev', 'colab.research.google.com',
  // design
  'figma.com', 'canva.com', 'miro.com', 'excalidraw.com', 'penpot.app', 'framer.com',
];

function matchesDomain(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** The default for a host (as `siteOfUrl` gives it); create wins over consume for a subdomain. */
export function defaultActivityOf(host: string): Activity {
  if (CREATE.some((domain) => matchesDomain(host, domain))) return 'create';
  if (CONSUME.some((domain) => matchesDomain(host, domain))) return 'consume';
  return 'neutral';
}

/** The person's choice for a host wins over the default. */
export function activityOf(host: string, overrides: Readonly<Record<string, Activity>>): Activity {
  return Object.hasOwn(overrides, host) ? overrides[host]! : defaultActivityOf(host);
}
