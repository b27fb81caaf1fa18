import { describe, expect, it } from 'vitest';
import { isWorkshopDateInRange, workshopDateRange } from './workshop-date';

describe('workshop date window', () => {
  it('runs from a year back to two years ahead of today', () => {
    expect(workshopDateRange('2027-01-15')).toEqual({ from: '2026-01-15', to: '2029-01-14' });
    expect(isWorkshopDateInRange('2027-01-15', '2027-01-15')).toBe(true);
    expect(isWorkshopDateInRange('2029-01-14', '2027-01-15')).toBe(true);
    expect(isWorkshopDateInRange('2029-01-15', '2027-01-15')).toBe(false);
    expect(isWorkshopDateInRange('2026-01-14', '2027-01-15')).toBe(false);
  });

  it('refuses dates PostgreSQL or a browser cannot take', () => {
    expect(isWorkshopDateInRange('0000-01-01', '2027-01-15')).toBe(false);
    expect(isWorkshopDateInRange('9999-12-31', '2027-01-15')).toBe(false);
  });
});
