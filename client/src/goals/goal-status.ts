import { t } from '../../../shared/i18n';

/** "fastställt i version 2" or "utkast": where a goal of the register stands. */
export const goalStatusText = (goal: { version: number | null }): string =>
  goal.version === null ? t('goal.status.draft') : t('goal.status.inForce', { version: goal.version });
