import { describe, expect, it } from 'vitest';
import { isCalendarDate } from './calendar-date';

describe('calendar dates', () => {
  it('takes days that exist, leap days in leap years included', () => {
    expect(isCalendarDate('2027-01-21')).toBe(true);
    expect(isCalendarDate('2028-02-29')).toBe(true);
  });

  it('refuses days that do not exist and other shapes', () => {
    for (const bad of ['2027-02-29', '2027-02-30', '2027-13-01', '2027-1-21', '21/01/2027', '', '2027-01-21T10:00']) expect(isCalendarDate(bad)).toBe(false);
  });
});
