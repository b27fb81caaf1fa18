import { DEFAULT_GOAL_LEVELS, type GoalLevelSetting } from '../../../shared/goals/levels';

/** The kommun's levels of goals, top first, with its own names for them. */
export function useGoalLevels(): readonly GoalLevelSetting[] {
  return DEFAULT_GOAL_LEVELS;
}
