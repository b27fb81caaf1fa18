/** The 17 Global Goals of Agenda 2030; names come from the message catalogue (`agenda2030.1` …). */
import { t, type Locale, type MessageKey } from '../i18n';

export const AGENDA_2030_GOALS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17] as const;
export type Agenda2030Goal = (typeof AGENDA_2030_GOALS)[number];

function agenda2030NameKey(goal: Agenda2030Goal): MessageKey {
  return `agenda2030.${goal}`;
}

/** The official Swedish short name, e.g. 5 → "Jämställdhet". */
function agenda2030Name(goal: Agenda2030Goal, locale: Locale = 'sv'): string {
  return t(agenda2030NameKey(goal), {}, locale);
}

/** "Mål 5: Jämställdhet". */
export function agenda2030Label(goal: Agenda2030Goal, locale: Locale = 'sv'): string {
  return t('agenda2030.goal', { number: goal, name: agenda2030Name(goal, locale) }, locale);
}
