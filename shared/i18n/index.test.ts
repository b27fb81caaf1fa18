import { describe, expect, it } from 'vitest';
import { t } from './index';

describe('t', () => {
  it('returns Swedish by default', () => {
    expect(t('start.status.ok')).toBe('Samsyn är igång.');
  });

  it('falls back to Swedish when the English catalogue lacks a key', () => {
    expect(t('start.db.pglite', {}, 'en')).toBe(t('start.db.pglite'));
    expect(t('start.status.ok', {}, 'en')).toBe('Samsyn is running.');
  });
});
