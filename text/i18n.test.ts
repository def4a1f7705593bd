import { afterEach, describe, expect, it, vi } from 'vitest';
import english from '../public/_locales/en/messages.json';
import { CATEGORY_NAMES } from './category-names';
import { formatEnglish, message, type MessageKey, type MessagesFile } from './i18n';

interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string }>;
}
const entries = Object.entries(english) as [MessageKey, Entry][];

describe('the English messages file, the source of every translation', () => {
  it('has names the browsers accept, a message and a note for translators on every entry', () => {
    for (const [key, entry] of entries) {
      expect(key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(entry.message.trim(), key).not.toBe('');
      expect(entry.description?.trim(), key).toBeTruthy();
    }
  });

  it('declares every named placeholder it uses', () => {
    for (const [key, entry] of entries) {
      for (const [, name] of entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)) {
        expect(entry.placeholders?.[name!.toLowerCase()], `${key}: $${name}$`).toBeDefined();
      }
    }
  });

  it('keeps the manifest texts within the stores\' limits (name 75, description 132 characters)', () => {
    expect(english.extName.message.length).toBeLessThanOrEqual(75);
    expect(english.extDescription.message.length).toBeLessThanOrEqual(132);
  });
});

describe('message()', () => {
  it('falls back to the English file where the browser has no i18n (here, in Vitest)', () => {
    expect(message('badgeShowPost')).toBe('Show post');
    expect(message('commonPercent', ['82'])).toBe('82%');
    expect(formatEnglish('commonPercent', ['7'])).toBe('7%');
  });

  it('names the categories as before', () => {
    expect(CATEGORY_NAMES).toEqual({
      ai: 'Likely AI',
      outrage: 'Outrage',
      fear: 'Fear',
      clickbait: 'Clickbait',
      fomo: 'Ad pressure',
      scam: 'Scam',
      engagement_bait: 'Engagement bait',
    });
  });
});

describe('messagePlural', () => {
  it('picks the form for the count and fills it in', async () => {
    const { messagePlural } = await import('./i18n');
    expect(messagePlural('commonPostCount', 1, ['1'])).toBe('1 post');
    expect(messagePlural('commonPostCount', 12, ['12'])).toBe('12 posts');
    expect(messagePlural('commonPostCount', 0, ['0'])).toBe('0 posts');
  });
});

describe('messagesReady, when the browser lost its copy of the messages', () => {
  /** i18n.ts as a page sees it when Chromium's lookup answers '' for every key (see messagesReady). */
  async function loadWithLostMessages(uiLanguage: string, files: Record<string, object>) {
    vi.resetModules();
    const lost = { getMessage: () => '', getUILanguage: () => uiLanguage };
    const asked: string[] = [];
    vi.stubGlobal('location', { protocol: 'chrome-extension:' });
    vi.stubGlobal('fetch', async (path: string) => {
      asked.push(path);
      const file = files[path];
      if (!file) throw new TypeError('Failed to fetch');
      return { ok: true, json: async () => file };
    });
    return { i18n: await import('./i18n'), asked, lost };
  }
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('reads the packaged files in the browser\'s order: the language\'s own words over English', async () => {
    const { i18n, asked, lost } = await loadWithLostMessages('de-AT', {
      '/_locales/en/messages.json': { popupTitle: { message: 'Today' }, commonPercent: { message: '$1%' } },
      '/_locales/de/messages.json': { popupTitle: { message: 'Heute' } },
    });
    const names = i18n.messageTable({ title: 'popupTitle' });
    await i18n.messagesReady(lost);
    expect(asked.sort()).toEqual(['/_locales/de/messages.json', '/_locales/de_AT/messages.json', '/_locales/en/messages.json']);
    expect(i18n.message('popupTitle')).toBe('Heute');
    expect(i18n.message('commonPercent', ['82'])).toBe('82%');
    // A table made before the files were read still answers from them.
    expect(names.title).toBe('Heute');
  });

  it('never reads them from a web page\'s address, where the path would be a request to the site', async () => {
    const { i18n, asked } = await loadWithLostMessages('en-US', { '/_locales/en/messages.json': { popupTitle: { message: 'Today' } } });
    vi.stubGlobal('location', { protocol: 'https:' });
    expect(await i18n.readMessagesFile('en')).toEqual({});
    expect(asked).toEqual([]);
  });

  it('names the language of the words it reads, and its direction', async () => {
    const { i18n, lost } = await loadWithLostMessages('ar', {
      '/_locales/en/messages.json': { extName: { message: 'Realign' }, languageTag: { message: 'en' } },
      '/_locales/ar/messages.json': { extName: { message: 'Realign' }, languageTag: { message: 'ar' } },
    });
    expect(i18n.messagesLanguage()).toEqual({ lang: 'en', dir: 'ltr' });
    await i18n.messagesReady(lost);
    expect(i18n.messagesLanguage()).toEqual({ lang: 'ar', dir: 'rtl' });
  });

  it('forgets what it looked up before the files were read', async () => {
    const { i18n, lost } = await loadWithLostMessages('en-US', { '/_locales/en/messages.json': { popupTitle: { message: 'Today, as packaged' } } });
    expect(i18n.message('popupTitle')).toBe('Today'); // From the English file Vitest bundles, memoised.
    await i18n.messagesReady(lost);
    expect(i18n.message('popupTitle')).toBe('Today, as packaged');
  });
});

describe("messagesReady('files'), the feed content script's way", () => {
  /** i18n.ts in a feed tab: getMessage works, but every call is counted (each would hold the page). */
  async function loadInFeedTab() {
    vi.resetModules();
    const getMessage = vi.fn((key: string) => (key === 'popupTitle' ? 'Today, from the browser' : key === 'extName' ? 'Realign' : ''));
    return { i18n: await import('./i18n'), getMessage, feedTab: { getMessage, getUILanguage: () => 'de' } };
  }
  afterEach(() => {
    vi.resetModules();
  });

  it('words everything from the files the background read, without asking the browser once', async () => {
    const { i18n, getMessage, feedTab } = await loadInFeedTab();
    const read = vi.fn(async (folder: string): Promise<MessagesFile> =>
      folder === 'en'
        ? { extName: { message: 'Realign' }, popupTitle: { message: 'Today' }, commonPercent: { message: '$1%' } }
        : { popupTitle: { message: 'Heute' } },
    );
    await i18n.messagesReady(feedTab, read, 'files');
    expect(read.mock.calls.map(([folder]) => folder)).toEqual(['en', 'de']);
    expect(i18n.message('popupTitle')).toBe('Heute');
    expect(i18n.message('commonPercent', ['82'])).toBe('82%');
    expect(getMessage).not.toHaveBeenCalled();
  });

  it("falls back to the browser's copy when the files cannot be had", async () => {
    const { i18n, getMessage, feedTab } = await loadInFeedTab();
    await i18n.messagesReady(feedTab, async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    }, 'files');
    expect(i18n.message('popupTitle')).toBe('Today, from the browser');
    expect(getMessage).toHaveBeenCalled();
  });
});

describe('readMessagesFile', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('keeps what formatting needs and drops the translators\' notes', async () => {
    vi.stubGlobal('location', { protocol: 'chrome-extension:' });
    vi.stubGlobal('fetch', async () => ({
      ok: true,
      json: async () => ({
        commonPercent: {
          message: '$CONFIDENCE$%',
          description: 'How sure the model is.',
          placeholders: { confidence: { content: '$1', example: '82' } },
        },
      }),
    }));
    const { readMessagesFile } = await import('./i18n');
    expect(await readMessagesFile('en')).toEqual({ commonPercent: { message: '$CONFIDENCE$%', placeholders: { confidence: { content: '$1' } } } });
  });
});
