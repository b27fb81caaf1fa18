import { en } from './en';
import { sv, type MessageKey } from './sv';

export type { MessageKey };
export type Locale = 'sv' | 'en';
export type MessageParams = Record<string, string | number>;

const catalogues: Record<Locale, Partial<Record<MessageKey, string>>> = { sv, en };

/** Look up a message and fill its {placeholders}; Swedish is the default and the fallback. */
export function t(key: MessageKey, params: MessageParams = {}, locale: Locale = 'sv'): string {
  const template = catalogues[locale][key] ?? sv[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
