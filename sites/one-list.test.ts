// The sites are listed once (sites/registry.ts) and each is declared in its own file: what a new site
// needs is its file, its test and its line in the list. This holds every listed site to a complete
// declaration and an adapter that reads its hand-written fixture, and the shipped code to naming the
// sites nowhere else.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { SITE_NAMES } from '../text/site-names';
import { adapterFor } from './index';
import { ADAPTERS, countPostLike, PAGE_KINDS, SITE_BY_ID, SITE_IDS, SITES, type SiteId } from './registry';
import { LOCAL_FIXTURES, parseHtml } from './testing/load-fixture';

const REPO = path.resolve(LOCAL_FIXTURES, '../..');

/** The hand-written pages beside the adapters, by site: sites/fixtures/<site id>-*.html (the longest id wins). */
function fixturesOf(site: SiteId): string[] {
  return fs.readdirSync(LOCAL_FIXTURES).filter((file) => {
    const owner = [...SITE_IDS].sort((a, b) => b.length - a.length).find((id) => file.startsWith(`${id}-`));
    return owner === site && file.endsWith('.html');
  });
}

describe('the one list of sites (sites/registry.ts)', () => {
  it('keeps SiteId a union of the listed ids, not any string', () => {
    expectTypeOf<'x'>().toMatchTypeOf<SiteId>();
    expectTypeOf<'old-reddit'>().toMatchTypeOf<SiteId>();
    expectTypeOf<string>().not.toMatchTypeOf<SiteId>();
    expectTypeOf<'example'>().not.toMatchTypeOf<SiteId>();
  });

  it('lists each site once, with its adapter at the same place', () => {
    expect(new Set(SITE_IDS).size).toBe(SITES.length);
    expect(ADAPTERS.map((adapter) => adapter.id)).toEqual([...SITE_IDS]);
    for (const site of SITES) expect(SITE_BY_ID[site.id]).toBe(site);
  });

  it.each(SITES.map((site) => [site.id, site] as const))('%s: has a name, hosts, https matches on them, page kinds and post hooks', (id, site) => {
    expect(SITE_NAMES[id].length, 'name').toBeGreaterThan(0);
    expect(site.hosts.length, 'hosts').toBeGreaterThan(0);
    expect(site.matches.length, 'matches').toBeGreaterThan(0);
    for (const pattern of site.matches) {
      const host = /^https:\/\/([^/*]+)\/\*$/.exec(pattern)?.[1];
      expect(host, pattern).toBeDefined();
      expect(adapterFor(new URL(`https://${host}/`))?.id, pattern).toBe(id);
    }
    for (const [kind] of site.pages) expect(PAGE_KINDS).toContain(kind);
    expect(() => parseHtml('<p></p>').querySelectorAll(site.postHooks), 'postHooks is a selector').not.toThrow();
  });

  it.each([...SITE_IDS])('%s: its adapter reads its hand-written fixtures, whose posts its post hooks see', (id) => {
    const files = fixturesOf(id);
    expect(files.length, `sites/fixtures/${id}-*.html`).toBeGreaterThan(0);
    // At the site's own address: a page that needs another path (a post's own page) may read nothing here.
    const host = SITE_BY_ID[id].matches[0]!.slice('https://'.length, -'/*'.length);
    let read = 0;
    let postLike = 0;
    for (const file of files) {
      const doc = parseHtml(fs.readFileSync(path.join(LOCAL_FIXTURES, file), 'utf8'), `https://${host}/`);
      const adapter = adapterFor(new URL(doc.location.href))!;
      const posts = adapter.findPosts(adapter.feedRoot(doc) ?? doc.body).flatMap((el) => adapter.readPost(el) ?? []);
      for (const post of posts) expect(post.site, file).toBe(id);
      read += posts.length;
      postLike += countPostLike(id, doc);
    }
    expect(read, 'posts read').toBeGreaterThan(0);
    expect(postLike, 'post-like containers').toBeGreaterThan(0);
  });
});

/** Every file the built extension ships (what the entry points import, followed through relative imports), with what it imports. */
function shippedFiles(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const resolve = (from: string, spec: string): string | null => {
    const base = path.resolve(path.dirname(from), spec);
    for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
      if (/\.tsx?$/.test(candidate) && fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
    }
    return null;
  };
  const pending = fs
    .readdirSync(path.join(REPO, 'entrypoints'), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .map((file) => path.join(REPO, 'entrypoints', file));
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (found.has(path.relative(REPO, file))) continue;
    const text = fs.readFileSync(file, 'utf8');
    const specs = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.[^'"]+)\1/g)].map((match) => match[2]!);
    const targets = specs.flatMap((spec) => resolve(file, spec) ?? []);
    found.set(path.relative(REPO, file), [...new Set(targets.map((target) => path.relative(REPO, target)))]);
    pending.push(...targets);
  }
  return found;
}

describe('no other shipped file lists the sites', () => {
  const imports = shippedFiles();
  const shipped = [...imports.keys()];
  const quotedId = new RegExp(`(['"\`])(${SITE_IDS.map((id) => id.replace(/[-.]/g, '\\$&')).join('|')})\\1`, 'g');
  const siteFiles = new Set(SITE_IDS.map((id) => `sites/${id}.ts`));

  it('finds the shipped code, this list among it', () => {
    expect(shipped).toContain('sites/registry.ts');
    expect(shipped).toContain('sites/x.ts');
    expect(shipped.length).toBeGreaterThan(100);
  });

  it('names at most one site id in any file but the list', () => {
    const listing = shipped
      .filter((file) => file !== 'sites/registry.ts')
      .map((file) => [file, [...new Set([...fs.readFileSync(path.join(REPO, file), 'utf8').matchAll(quotedId)].map((m) => m[2]))]] as const)
      .filter(([, ids]) => ids.length > 1);
    expect(listing).toEqual([]);
  });

  it('imports more than one site file only in the list', () => {
    const importing = [...imports]
      .filter(([file]) => file !== 'sites/registry.ts')
      .map(([file, targets]) => [file, targets.filter((target) => siteFiles.has(target))] as const)
      .filter(([, sites]) => sites.length > 1);
    expect(importing).toEqual([]);
    expect(imports.get('sites/registry.ts')!.filter((target) => siteFiles.has(target))).toHaveLength(SITE_IDS.length);
  });
});
