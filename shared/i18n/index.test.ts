import { afterEach, describe, expect, it } from 'vitest';
import { en } from './en';
import { LOCALES, setLocale, t, type Locale } from './index';
import type { Catalogue, Message } from './message';
import { sv, type MessageKey } from './sv';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const forms = (message: Message): string[] => (typeof message === 'string' ? [message] : Object.values(message));
const catalogues: Record<Locale, Catalogue> = { sv, en };

describe('t', () => {
  afterEach(() => setLocale('sv'));

  it('returns Swedish by default', () => {
    expect(t('start.status.ok')).toBe('Samsyn är igång.');
  });

  it('speaks English once a browser chose it, and is told per call otherwise', () => {
    setLocale('en');
    expect(t('start.status.ok')).toBe('Samsyn is running.');
    expect(t('start.status.ok', {}, 'sv')).toBe('Samsyn är igång.');
  });

  it('picks the plural form for count in each language', () => {
    expect([0, 1, 2, 5].map((count) => t('workshop.vote.tally', { count }))).toEqual(['0 röster', '1 röst', '2 röster', '5 röster']);
    expect([0, 1, 2].map((count) => t('workshop.vote.tally', { count }, 'en'))).toEqual(['0 votes', '1 vote', '2 votes']);
    expect(t('workshop.fac.countsWithVotes', { cards: 4, count: 1 })).toBe('4 kort, 1 röst');
    expect(t('workshop.fac.countsWithVotes', { cards: 1, count: 3 }, 'en')).toBe('1 cards, 3 votes');
  });

  it('has English for every Swedish message, with the same placeholders in every form', () => {
    const keys = Object.keys(sv) as MessageKey[];
    expect(keys.filter((key) => !(key in en))).toEqual([]);
    const expected = (key: MessageKey) => JSON.stringify(placeholders(forms(sv[key])[0]!));
    for (const locale of LOCALES) {
      const differing = keys.filter((key) => forms(catalogues[locale][key] ?? sv[key]).some((form) => JSON.stringify(placeholders(form)) !== expected(key)));
      expect({ locale, differing }).toEqual({ locale, differing: [] });
    }
  });

  it('gives every plural message a form for each plural category of each language', () => {
    for (const locale of LOCALES) {
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      const plural = Object.entries(catalogues[locale]).filter((entry): entry is [string, Exclude<Message, string>] => typeof entry[1] !== 'string');
      expect(plural.length).toBeGreaterThan(0);
      const lacking = plural.filter(([, message]) => categories.some((category) => !(category in message))).map(([key]) => key);
      expect({ locale, lacking }).toEqual({ locale, lacking: [] });
      // A plural message in Swedish is plural in English too, so neither language loses its forms.
      const notPluralInSv = plural.filter(([key]) => typeof sv[key as MessageKey] === 'string').map(([key]) => key);
      expect({ locale, notPluralInSv }).toEqual({ locale, notPluralInSv: [] });
    }
  });
});
