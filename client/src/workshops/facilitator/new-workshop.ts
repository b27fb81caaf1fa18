import { isCalendarDate } from '../../../../shared/calendar/calendar-date';
import { t } from '../../../../shared/i18n';
import type { LayoutKind } from '../../../../shared/workshops/board-layouts';
import type { WorkshopType } from '../../../../shared/workshops/workshop';
import type { NewWorkshop } from '../../api/workshops';

export const MAX_GROUPS = 30;
const MAX_GROUP_NAME = 80;

/** What the create form holds, as typed. */
export interface WorkshopDraft {
  type: WorkshopType;
  title: string;
  date: string;
  groupCount: string;
  /** One name per line; when given, they decide the groups (and their number). */
  groupNames: string;
  /** '' for the type's own default. */
  layout: LayoutKind | '';
}

export type DraftErrors = Partial<Record<'title' | 'date' | 'groupCount' | 'groupNames', string>>;

const names = (draft: WorkshopDraft) =>
  draft.groupNames
    .split('\n')
    .map((name) => name.trim())
    .filter(Boolean);

/** The request for a draft, or the Swedish errors per field that keep it from being sent. */
export function checkDraft(draft: WorkshopDraft): { ok: true; input: NewWorkshop } | { ok: false; errors: DraftErrors } {
  const errors: DraftErrors = {};
  const title = draft.title.trim();
  if (!title) errors.title = t('form.missing', { field: t('workshop.create.title') });
  else if (title.length > 200) errors.title = t('workshop.create.titleTooLong');
  if (!draft.date) errors.date = t('workshop.create.dateMissing');
  else if (!isCalendarDate(draft.date)) errors.date = t('workshop.create.dateInvalid');
  const groupNames = names(draft);
  if (groupNames.length > 0) {
    if (groupNames.length > MAX_GROUPS) errors.groupNames = t('workshop.create.tooManyNames', { max: MAX_GROUPS });
    else if (groupNames.some((name) => name.length > MAX_GROUP_NAME)) errors.groupNames = t('workshop.create.nameTooLong', { max: MAX_GROUP_NAME });
  } else {
    const count = Number(draft.groupCount);
    if (!/^\d+$/.test(draft.groupCount.trim()) || count < 1 || count > MAX_GROUPS) errors.groupCount = t('workshop.create.groupCountInvalid', { max: MAX_GROUPS });
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      type: draft.type,
      title,
      date: draft.date,
      ...(groupNames.length > 0 ? { groupNames } : { groupCount: Number(draft.groupCount) }),
      ...(draft.layout ? { layout: draft.layout } : {}),
    },
  };
}
