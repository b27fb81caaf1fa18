import { useId } from 'react';
import type * as Y from 'yjs';
import { levelRank } from '../../../shared/goals/levels';
import { setGoalField, type GoalData } from '../../../shared/goals/model';
import { t } from '../../../shared/i18n';
import type { Body } from '../../../shared/api/bodies';
import type { GoalEntry } from '../../../shared/api/goals';
import { SelectField } from '../components/fields';
import { bodyLabel } from '../format/labels';
import { useMe } from '../session/SessionContext';
import { ParentGoalField } from './ParentGoalField';
import { YearInput } from './YearInput';

interface GoalFieldsProps {
  goal: Y.Map<unknown>;
  data: GoalData;
  /** Every goal of the kommun the user may read, for the parent goal. */
  register: readonly GoalEntry[];
  bodies: Body[];
}

/** Level, parent goal, period and responsible body: plain values, last writer wins. */
export function GoalFields({ goal, data, register, bodies }: GoalFieldsProps) {
  const id = useId();
  const levels = useMe().organisation.settings.goalLevels;
  // A level the kommun has since removed stays on the goal until someone chooses another.
  const unknownLevel = data.level !== null && levelRank(levels, data.level) < 0 ? data.level : null;
  return (
    <div className="goal-grid">
      <SelectField
        label={t('goal.level')}
        hint={unknownLevel === null ? undefined : t('goalSettings.level.unknownHint')}
        value={data.level ?? ''}
        onChange={(event) => setGoalField(goal, 'level', event.target.value || null)}
      >
        <option value="">{t('goal.level.none')}</option>
        {unknownLevel !== null && <option value={unknownLevel}>{t('goalSettings.level.unknown', { key: unknownLevel })}</option>}
        {levels.map((level) => (
          <option key={level.key} value={level.key}>
            {level.name}
          </option>
        ))}
      </SelectField>
      <ParentGoalField goal={goal} data={data} register={register} />
      <fieldset className="period">
        <legend>{t('goal.period')}</legend>
        <label htmlFor={`${id}-from`}>{t('goal.periodFrom')}</label>
        <YearInput id={`${id}-from`} size={6} value={data.periodFrom} onCommit={(year) => setGoalField(goal, 'periodFrom', year)} />
        <label htmlFor={`${id}-to`}>{t('goal.periodTo')}</label>
        <YearInput id={`${id}-to`} size={6} value={data.periodTo} onCommit={(year) => setGoalField(goal, 'periodTo', year)} />
      </fieldset>
      <SelectField
        label={t('goal.responsibleBody')}
        value={data.responsibleBodyId ?? ''}
        onChange={(event) => setGoalField(goal, 'responsibleBodyId', event.target.value || null)}
      >
        <option value="">{t('goal.responsibleBody.none')}</option>
        {bodies.map((body) => (
          <option key={body.id} value={body.id}>
            {bodyLabel(body)}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
