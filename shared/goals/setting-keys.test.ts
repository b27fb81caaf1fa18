import { describe, expect, it } from 'vitest';
import { isPeriodKey } from './follow-up';
import { isLevelKey } from './levels';
import { keyFromName } from './setting-keys';

describe('keys for new levels and periods', () => {
  it('folds Swedish letters and punctuation into a key', () => {
    expect(keyFromName('Nämnd / styrelse / bolag', [], 'niva')).toBe('namnd-styrelse-bolag');
    expect(keyFromName('Delårsrapport 30/4', [], 'period')).toBe('delarsrapport-30-4');
    expect(isLevelKey(keyFromName('  Översta nivån!  ', [], 'niva'))).toBe(true);
  });

  it('never gives a key that is taken, nor an empty or too long one', () => {
    expect(keyFromName('Enhet', ['enhet', 'enhet-2'], 'niva')).toBe('enhet-3');
    expect(keyFromName('–––', [], 'niva')).toBe('niva');
    const long = keyFromName('a'.repeat(100), ['a'.repeat(37)], 'niva');
    expect(long.length).toBeLessThanOrEqual(40);
    expect(isPeriodKey(long)).toBe(true);
  });
});
