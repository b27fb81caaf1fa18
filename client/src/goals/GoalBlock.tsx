import { useId, useState } from 'react';
import * as Y from 'yjs';
import { goalHints } from '../../../shared/goals/checks';
import { removeGoal, type GoalData } from '../../../shared/goals/model';
import { t } from '../../../shared/i18n';
import type { Body } from '../../../shared/api/bodies';
import type { GoalEntry } from '../../../shared/api/goals';
import { GoalCommentButtons } from '../comments/GoalCommentButtons';
import { ConfirmInline } from '../components/ConfirmInline';
import type { CollabRoom } from '../editor/collab-room';
import { useMe } from '../session/SessionContext';
import { Agenda2030Field } from './Agenda2030Field';
import { ContributingGoals } from './ContributingGoals';
import { GoalFields } from './GoalFields';
import { GoalHints } from './GoalHints';
import { IndicatorTable } from './IndicatorTable';
import { yText } from './live-goals';
import { ViljeinriktningEditor } from './ViljeinriktningEditor';
import { YTextInput } from './YTextInput';

export interface GoalBlockProps {
  room: CollabRoom;
  goal: Y.Map<unknown>;
  data: GoalData;
  number: number;
  /** Every goal of the kommun the user may read (the goal register). */
  register: readonly GoalEntry[];
  bodies: Body[];
  editable: boolean;
}

/** One goal: its title, viljeinriktning, fields, Agenda 2030 links and indicators, with its hints beside. */
export function GoalBlock({ room, goal, data, number, register, bodies, editable }: GoalBlockProps) {
  const id = useId();
  const settings = useMe().organisation.settings;
  const [confirming, setConfirming] = useState(false);
  const title = yText(goal, 'title');
  const fragment = goal.get('viljeinriktning');
  const name = data.title.trim() || t('goal.untitled');

  return (
    <article className="goal" aria-labelledby={`${id}-heading`} data-testid="goal">
      <h3 id={`${id}-heading`} className="goal-heading">
        {number}. {name}
      </h3>
      <div className="goal-layout">
        <div className="goal-main">
          <fieldset className="goal-fields" disabled={!editable}>
            <legend className="visually-hidden">{name}</legend>
            {title && (
              <div className="field">
                <label htmlFor={`${id}-title`}>{t('goal.title')}</label>
                <YTextInput id={`${id}-title`} text={title} />
              </div>
            )}
            {fragment instanceof Y.XmlFragment && (
              <div className="field">
                <p id={`${id}-vilje`} className="label">
                  {t('goal.viljeinriktning')}
                </p>
                <p id={`${id}-vilje-hint`} className="hint">
                  {t('goal.viljeinriktningHint')}
                </p>
                <ViljeinriktningEditor goalId={data.id} goalName={`${number}. ${name}`} fragment={fragment} editable={editable} labelledBy={`${id}-vilje`} describedBy={`${id}-vilje-hint`} />
              </div>
            )}
            <GoalFields goal={goal} data={data} register={register} bodies={bodies} />
            <Agenda2030Field goal={goal} selected={data.agenda2030} />
          </fieldset>
        </div>
        <IndicatorTable goal={goal} data={data} editable={editable} goalHeadingId={`${id}-heading`} />
        <GoalHints hints={goalHints(data, settings)} goalHeadingId={`${id}-heading`} />
      </div>
      <ContributingGoals goalId={data.id} register={register} />
      <GoalCommentButtons goal={data} name={name} />
      {editable &&
        (confirming ? (
          <ConfirmInline
            question={t('goal.removeConfirm', { title: name })}
            confirmLabel={t('goal.remove')}
            onConfirm={() => removeGoal(room.ydoc, data.id)}
            onCancel={() => setConfirming(false)}
          />
        ) : (
          <button type="button" className="button-small" onClick={() => setConfirming(true)}>
            {t('goal.remove')}
            <span className="visually-hidden"> {name}</span>
          </button>
        ))}
    </article>
  );
}
