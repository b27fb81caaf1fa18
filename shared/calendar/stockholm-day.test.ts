import { describe, expect, it } from 'vitest';
import { endOfStockholmDay, stockholmDate } from './stockholm-day';

describe('Stockholm days', () => {
  it('ends a winter day at 23:00 UTC and a summer day at 22:00 UTC', () => {
    expect(endOfStockholmDay('2027-01-21').toISOString()).toBe('2027-01-21T23:00:00.000Z');
    expect(endOfStockholmDay('2027-04-14').toISOString()).toBe('2027-04-14T22:00:00.000Z');
  });

  it('ends the days around the clock changes at the next local midnight', () => {
    // 2027-03-28: summer time starts at 02:00; 2027-10-31: it ends at 03:00.
    expect(endOfStockholmDay('2027-03-27').toISOString()).toBe('2027-03-27T23:00:00.000Z');
    expect(endOfStockholmDay('2027-03-28').toISOString()).toBe('2027-03-28T22:00:00.000Z');
    expect(endOfStockholmDay('2027-10-30').toISOString()).toBe('2027-10-30T22:00:00.000Z');
    expect(endOfStockholmDay('2027-10-31').toISOString()).toBe('2027-10-31T23:00:00.000Z');
  });

  it('names the Stockholm date of an instant', () => {
    expect(stockholmDate(new Date('2027-01-21T22:59:59Z'))).toBe('2027-01-21');
    expect(stockholmDate(new Date('2027-01-21T23:00:00Z'))).toBe('2027-01-22');
  });
});
