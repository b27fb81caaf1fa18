import { t, type MessageKey } from '../../../../shared/i18n';
import type { LayoutKind } from '../../../../shared/workshops/board-layouts';
import type { WorkshopType } from '../../../../shared/workshops/workshop';

const TYPE_KEYS: Record<WorkshopType, MessageKey> = {
  omvarldsdag: 'workshop.type.omvarldsdag',
  budgetdag: 'workshop.type.budgetdag',
  resultatdialog: 'workshop.type.resultatdialog',
  egen: 'workshop.type.egen',
};

const LAYOUT_KEYS: Record<LayoutKind, MessageKey> = {
  pestel: 'workshop.create.layout.pestel',
  vagval: 'workshop.create.layout.vagval',
  budget: 'workshop.create.layout.budget',
  single: 'workshop.create.layout.single',
};

export const workshopTypeLabel = (type: WorkshopType) => t(TYPE_KEYS[type]);
export const layoutLabel = (kind: LayoutKind) => t(LAYOUT_KEYS[kind]);

/** "21 januari 2027": a workshop's date as written in Swedish. */
export function workshopDateLabel(date: string): string {
  const parsed = new Date(`${date}T12:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? date : parsed.toLocaleDateString('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
