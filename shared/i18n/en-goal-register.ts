import type { svGoalRegister } from './sv-goal-register';

/** English twin of sv-goal-register.ts. */
export const enGoalRegister: Record<keyof typeof svGoalRegister, string> = {
  'error.goalNotFound': 'The goal does not exist, or you may not read the document it is in.',
  'export.parentVersion': '{title} ({document}, version {version})',
  'export.parentDraft': '{title} ({document}, draft)',
};
