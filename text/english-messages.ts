/**
 * The English messages, for where no extension runtime gives them: Vitest's fake browser and the
 * Node scripts. The extension's own build swaps this module for english-messages.runtime.ts
 * (wxt.config.ts): there the browser reads _locales itself, and the file's translator notes
 * would otherwise be parsed on every page and feed the extension opens.
 */
import english from '../public/_locales/en/messages.json';

export interface EnglishMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export const englishMessages: Readonly<Record<string, EnglishMessage>> | null = english;
