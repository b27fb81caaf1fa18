/**
 * The levels of a kommun's goal chain, top first: KF's kommunövergripande mål, then the nämnders,
 * förvaltningens and enheternas. The names are the kommun's own (seed 003 says "koncerngemensamma
 * mål", seed 000 "inriktningsmål"); the keys are what documents store, so a renamed level keeps its goals.
 */
export interface GoalLevelSetting {
  /** Stable key stored in goals ('kf'); a–z, 0–9 and hyphens. */
  key: string;
  /** The level as the kommun names it ("Nämnd / styrelse / bolag"). */
  name: string;
  /** What its goals are called ("Kommunövergripande mål"). */
  goalName: string;
}

export const DEFAULT_GOAL_LEVELS: readonly GoalLevelSetting[] = [
  { key: 'kf', name: 'Kommunfullmäktige', goalName: 'Kommunövergripande mål' },
  { key: 'namnd', name: 'Nämnd / styrelse / bolag', goalName: 'Nämndmål' },
  { key: 'forvaltning', name: 'Förvaltning', goalName: 'Förvaltningsmål' },
  { key: 'enhet', name: 'Enhet', goalName: 'Enhetsmål' },
];

const LEVEL_KEY = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function isLevelKey(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 40 && LEVEL_KEY.test(value);
}

/** 0 for the top level, -1 for a key the kommun does not have. */
export function levelRank(levels: readonly GoalLevelSetting[], key: string | null): number {
  return key === null ? -1 : levels.findIndex((level) => level.key === key);
}

/** The keys a goal at `key` may take its parent from: every level above it, nearest first. */
export function levelsAbove(levels: readonly GoalLevelSetting[], key: string | null): string[] {
  const rank = levelRank(levels, key);
  return rank <= 0 ? [] : levels.slice(0, rank).map((level) => level.key).reverse();
}

export function levelName(levels: readonly GoalLevelSetting[], key: string | null): string | null {
  return levels.find((level) => level.key === key)?.name ?? null;
}
