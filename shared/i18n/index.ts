import { en } from './en';
import { formOf, type Catalogue } from './message';
import { sv, type MessageKey } from './sv';

export type { MessageKey };
export type Locale = 'sv' | 'en';
export type MessageParams = Record<string, string | number>;

export const LOCALES: readonly Locale[] = ['sv', 'en'];

const catalogues: Record<Locale, Catalogue> = { sv, en };

/**
 * The language `t()` speaks when not told otherwise: Swedish, unless a browser chose English. The
 * server never changes it, so its messages and logs stay in one language.
 */
let activeLocale: Locale = 'sv';

export function setLocale(locale: Locale): void {
  activeLocale = locale;
}

export const currentLocale = (): Locale => activeLocale;

/** Whether `key` names a message (a key stored in data, such as a template's guidance, may be out of date). */
export function isMessageKey(key: unknown): key is MessageKey {
  return typeof key === 'string' && Object.hasOwn(sv, key);
}

/**
 * Look up a message and fill its {placeholders}; Swedish is the default and the fallback. A plural
 * message takes the form for `params.count` in that language.
 */
export function t(key: MessageKey, params: MessageParams = {}, locale: Locale = activeLocale): string {
  const template = formOf(catalogues[locale][key] ?? sv[key], locale, params.count);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
