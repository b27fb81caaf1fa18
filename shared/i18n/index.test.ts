import { afterEach, describe, expect, it } from 'vitest';
import { en } from './en';
import { setLocale, t } from './index';
import { sv, type MessageKey } from './sv';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

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

  it('has English for every Swedish message, with the same placeholders', () => {
    const keys = Object.keys(sv) as MessageKey[];
    expect(keys.filter((key) => !(key in en))).toEqual([]);
    expect(keys.filter((key) => JSON.stringify(placeholders(en[key]!)) !== JSON.stringify(placeholders(sv[key])))).toEqual([]);
  });
});
