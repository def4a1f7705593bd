import { describe, expect, it } from 'vitest';
import { activityOf, defaultActivityOf } from './default-activity';
import { siteOfUrl } from './site-of-url';

describe('site and activity of a page', () => {
  it('names the site by host, without www, and only for web pages', () => {
    expect(siteOfUrl('https://www.youtube.com/watch?v=1')).toBe('youtube.com');
    expect(siteOfUrl('https://docs.google.com/document/d/1/edit')).toBe('docs.google.com');
    expect(siteOfUrl('chrome://newtab/')).toBeNull();
    expect(siteOfUrl('chrome-extension://abc/popup.html')).toBeNull();
    expect(siteOfUrl('not a url')).toBeNull();
    expect(siteOfUrl(undefined)).toBeNull();
  });

  it.each([
    ['x.com', 'consume'],
    ['m.youtube.com', 'consume'],
    ['old.reddit.com', 'consume'],
    ['nytimes.com', 'consume'],
    ['amazon.de', 'consume'],
    ['docs.google.com', 'create'],
    ['github.com', 'create'],
    ['gist.github.com', 'create'],
    ['figma.com', 'create'],
    ['notion.so', 'create'],
    ['overleaf.com', 'create'],
    ['example.org', 'neutral'],
    ['google.com', 'neutral'],
    // A look-alike is not the site it imitates.
    ['notgithub.com', 'neutral'],
  ] as const)('%s counts as %s by default', (host, activity) => {
    expect(defaultActivityOf(host)).toBe(activity);
  });

  it('lets the person move a site', () => {
    expect(activityOf('youtube.com', { 'youtube.com': 'create' })).toBe('create');
    expect(activityOf('github.com', { 'youtube.com': 'create' })).toBe('create');
    expect(activityOf('toString', {})).toBe('neutral');
  });
});
