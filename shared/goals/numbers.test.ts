import { describe, expect, it } from 'vitest';
import { formatSwedishNumber, parseSwedishNumber } from './numbers';

describe('indicator figures in Swedish', () => {
  it('reads a decimal comma, spaces between thousands and a minus sign of any kind', () => {
    expect(parseSwedishNumber('12,5')).toBe(12.5);
    expect(parseSwedishNumber('1 234')).toBe(1234);
    expect(parseSwedishNumber('1\u00a0234,75')).toBe(1234.75);
    expect(parseSwedishNumber('1\u202f234')).toBe(1234);
    expect(parseSwedishNumber('−3,2')).toBe(-3.2);
    expect(parseSwedishNumber('-0,5')).toBe(-0.5);
    expect(parseSwedishNumber(' 7 ')).toBe(7);
  });

  it('reads a point as the decimal sign only when there is no comma', () => {
    expect(parseSwedishNumber('12.5')).toBe(12.5);
    expect(parseSwedishNumber('1.234,5')).toBeNull();
  });

  it('allows the unit, or a percent sign, after the number', () => {
    expect(parseSwedishNumber('12,5 %')).toBe(12.5);
    expect(parseSwedishNumber('12,5%')).toBe(12.5);
    expect(parseSwedishNumber('340 kr', 'kr')).toBe(340);
    expect(parseSwedishNumber('4 Dagar', 'dagar')).toBe(4);
  });

  it('says "not a number" for text, empty input and numbers that are not finite', () => {
    expect(parseSwedishNumber('')).toBeNull();
    expect(parseSwedishNumber('   ')).toBeNull();
    expect(parseSwedishNumber('ökning')).toBeNull();
    expect(parseSwedishNumber('12,5,3')).toBeNull();
    expect(parseSwedishNumber('1e5')).toBeNull();
    expect(parseSwedishNumber('9'.repeat(400))).toBeNull();
    expect(parseSwedishNumber('340 kr')).toBeNull();
  });

  it('writes numbers as sv-SE does, keeping a unit with its number', () => {
    expect(formatSwedishNumber(1234)).toBe('1\u00a0234');
    expect(formatSwedishNumber(12.5, '%')).toBe('12,5\u00a0%');
    expect(formatSwedishNumber(-3.256)).toBe('−3,26');
    expect(formatSwedishNumber(0.5, ' kr ')).toBe('0,5\u00a0kr');
  });

  it('reads back what it writes', () => {
    for (const value of [0, 1, -1, 12.5, 1234.56, -98765.4, 1_000_000]) {
      expect(parseSwedishNumber(formatSwedishNumber(value, '%'), '%')).toBe(value);
    }
  });
});
