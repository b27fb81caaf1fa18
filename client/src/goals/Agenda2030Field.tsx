import type * as Y from 'yjs';
import { AGENDA_2030_GOALS, agenda2030Label } from '../../../shared/goals/agenda2030';
import { setAgenda2030 } from '../../../shared/goals/model';
import { t } from '../../../shared/i18n';
import { Checkbox } from '../components/fields';

/** Which of the 17 Global Goals the goal supports: checkboxes in one group, folded by default. */
export function Agenda2030Field({ goal, selected }: { goal: Y.Map<unknown>; selected: number[] }) {
  const toggle = (number: number, checked: boolean) =>
    setAgenda2030(goal, checked ? [...selected, number] : selected.filter((candidate) => candidate !== number));
  return (
    <details className="agenda2030">
      <summary>
        {t('goal.agenda2030')} ({selected.length})
      </summary>
      <fieldset>
        <legend className="visually-hidden">{t('goal.agenda2030')}</legend>
        {AGENDA_2030_GOALS.map((number) => (
          <Checkbox key={number} label={agenda2030Label(number)} checked={selected.includes(number)} onChange={(event) => toggle(number, event.target.checked)} />
        ))}
      </fieldset>
    </details>
  );
}
