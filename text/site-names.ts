import { SITES, type SiteId } from '../sites/registry';
import { message, type MessageKey } from './i18n';

/**
 * How each supported site is named to the person, as its file declares it (sites/<site>.ts, listed in
 * sites/registry.ts). Brand names stay as the brands write them in every language; a name that is words
 * of ours ("old Reddit") comes from _locales.
 */
export const SITE_NAMES: Readonly<Record<SiteId, string>> = Object.defineProperties(
  {} as Record<SiteId, string>,
  Object.fromEntries(
    SITES.map((site) => [
      site.id,
      'nameMessage' in site
        ? { enumerable: true, get: () => message(site.nameMessage as MessageKey) }
        : { enumerable: true, value: site.name },
    ]),
  ),
);
