/** In the built extension the browser has every message (see english-messages.ts). */
import type { EnglishMessage } from './english-messages';

export const englishMessages: Readonly<Record<string, EnglishMessage>> | null = null;
