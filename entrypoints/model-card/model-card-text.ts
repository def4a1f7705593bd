/**
 * docs/model-card.md, bundled at build time and read once. Through `import.meta.glob` rather than a
 * plain `?raw` import, so that the page still builds (and says what is missing) without the card.
 */
import { parseAccuracy, parseBlindSpots, parseDataSources, parseMeanings } from './model-card-facts';

const found = import.meta.glob<string>('../../docs/model-card.md', { query: '?raw', import: 'default', eager: true });
const markdown = Object.values(found)[0] ?? '';

export const MODEL_CARD = {
  accuracy: parseAccuracy(markdown),
  meanings: parseMeanings(markdown),
  blindSpots: parseBlindSpots(markdown),
  dataSources: parseDataSources(markdown),
};
