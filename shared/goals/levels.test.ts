import { describe, expect, it } from 'vitest';
import { DEFAULT_GOAL_LEVELS, isLevelKey, levelName, levelRank, levelsAbove } from './levels';

describe('the levels of the goal chain', () => {
  it('defaults to KF, nämnd, förvaltning and enhet, top first', () => {
    expect(DEFAULT_GOAL_LEVELS.map((level) => level.key)).toEqual(['kf', 'namnd', 'forvaltning', 'enhet']);
    expect(levelName(DEFAULT_GOAL_LEVELS, 'kf')).toBe('Kommunfullmäktige');
    expect(levelName(DEFAULT_GOAL_LEVELS, 'bolag')).toBeNull();
  });

  it('offers a goal its parents from every level above it, nearest first', () => {
    expect(levelsAbove(DEFAULT_GOAL_LEVELS, 'enhet')).toEqual(['forvaltning', 'namnd', 'kf']);
    expect(levelsAbove(DEFAULT_GOAL_LEVELS, 'namnd')).toEqual(['kf']);
    expect(levelsAbove(DEFAULT_GOAL_LEVELS, 'kf')).toEqual([]);
    expect(levelsAbove(DEFAULT_GOAL_LEVELS, null)).toEqual([]);
    expect(levelsAbove(DEFAULT_GOAL_LEVELS, 'unknown')).toEqual([]);
  });

  it('follows a kommun that names and orders its levels itself', () => {
    const own = [
      { key: 'koncern', name: 'Koncerngemensamma mål', goalName: 'Koncernmål' },
      { key: 'namnd', name: 'Nämnd', goalName: 'Nämndmål' },
    ];
    expect(levelRank(own, 'namnd')).toBe(1);
    expect(levelsAbove(own, 'namnd')).toEqual(['koncern']);
  });

  it('takes keys of a–z, digits and single hyphens', () => {
    expect(isLevelKey('kf')).toBe(true);
    expect(isLevelKey('styrelse-bolag')).toBe(true);
    for (const bad of ['', 'KF', 'nämnd', 'a--b', '-a', 7, null]) expect(isLevelKey(bad)).toBe(false);
  });
});
