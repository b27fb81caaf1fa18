import type { GoalLevelSetting } from '../../../shared/goals/levels';
import { useMe } from '../session/SessionContext';

/** The kommun's levels of goals, top first, with its own names for them. */
export function useGoalLevels(): readonly GoalLevelSetting[] {
  return useMe().organisation.settings.goalLevels;
}
