import { enComments } from './en-comments';
import { enCommentsApi } from './en-comments-api';
import { enDocuments } from './en-documents';
import { enEditor } from './en-editor';
import { enExports } from './en-exports';
import { enGoals } from './en-goals';
import { enGoalSettings } from './en-goal-settings';
import { enLoginLock } from './en-login-lock';
import { enOidc } from './en-oidc';
import { enIndicatorFigures } from './en-indicator-figures';
import { enInput } from './en-input';
import { enFollowUp } from './en-follow-up';
import { enFollowUpUi } from './en-follow-up-ui';
import { enGoalRegister } from './en-goal-register';
import { enMain } from './en-main';
import { enVersions } from './en-versions';
import { enWorkshopBoard } from './en-workshop-board';
import { enWorkshopFacilitator } from './en-workshop-facilitator';
import { enWorkshopLimits } from './en-workshop-limits';
import { enWorkshopPresent } from './en-workshop-present';
import { enWorkshops } from './en-workshops';
import type { Catalogue } from './message';

/** English, the second locale, one file per Swedish one. Any key still missing falls back to Swedish. */
export const en: Catalogue = {
  ...enMain,
  ...enGoals,
  ...enGoalSettings,
  ...enDocuments,
  ...enEditor,
  ...enVersions,
  ...enExports,
  ...enComments,
  ...enCommentsApi,
  ...enWorkshops,
  ...enWorkshopBoard,
  ...enWorkshopFacilitator,
  ...enLoginLock,
  ...enOidc,
  ...enInput,
  ...enFollowUp,
  ...enFollowUpUi,
  ...enGoalRegister,
  ...enWorkshopLimits,
  ...enWorkshopPresent,
  ...enIndicatorFigures,
};
