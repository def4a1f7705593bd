import { describe, expect, it } from 'vitest';
import { isPlainPath, pathParts, toAbsoluteUrl } from './urls';

const ORIGIN = 'https://mastodon.social';
const parsed = (href: string) => new URL(href, ORIGIN).pathname.split('/').filter((p) => p.length > 0);

describe('pathParts', () => {
  it.each([
    '/@ana/113600000000000001',
    '/@ana@other.host',
    '/r/sewing/comments/abc/title/?utm=1#top',
    '/watch?v=abc',
    '/',
    '/a//b/',
    '/@ana#x?y',
  ])('reads the plain path %s as URL parsing would', (href) => {
    expect(isPlainPath(href)).toBe(true);
    expect(pathParts(href, ORIGIN)).toEqual(parsed(href));
    expect(toAbsoluteUrl(href, ORIGIN)).toBe(new URL(href, ORIGIN).href);
  });

  it.each([
    'https://other.host/@ana',
    '//other.host/@ana',
    '/a/../b',
    '/a/./b',
    '/caf%C3%A9',
    '/a b',
    '/a\\b',
    '/tags/café',
    '/a"b<c>',
    'relative/path',
    '?q=1',
  ])('leaves %s to URL parsing, and agrees with it', (href) => {
    expect(isPlainPath(href)).toBe(false);
    expect(pathParts(href, ORIGIN)).toEqual(parsed(href));
    expect(toAbsoluteUrl(href, ORIGIN)).toBe(new URL(href, ORIGIN).href);
  });

  it('gives no parts for what cannot be parsed', () => {
    expect(pathParts('http://[bad', ORIGIN)).toEqual([]);
  });
});
