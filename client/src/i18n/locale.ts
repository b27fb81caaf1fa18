import { LOCALES, setLocale, type Locale } from '../../../shared/i18n';

const STORAGE_KEY = 'samsyn.locale';

/** The language this browser chose (Swedish unless English was asked for), applied before the first render. */
export function applyStoredLocale(): void {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be off (private mode, policy): Swedish, as for everyone.
  }
  const locale = LOCALES.find((candidate) => candidate === stored) ?? 'sv';
  setLocale(locale);
  document.documentElement.lang = locale;
}

/** Switches the language and reloads, so every text on the page (and in open editors) is redrawn in it. */
export function switchLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    return;
  }
  location.reload();
}
