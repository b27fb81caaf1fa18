import './goals.css';
import { useId } from 'react';
import { goalCountWarnings } from '../../../shared/goals/checks';
import { addGoal, readGoals } from '../../../shared/goals/model';
import { t } from '../../../shared/i18n';
import { useBodies } from '../bodies/useBodies';
import type { CollabRoom } from '../editor/collab-room';
import { useMe } from '../session/SessionContext';
import { GoalBlock } from './GoalBlock';
import { liveGoals, useYChanges } from './live-goals';

/** A måldokument's goal blocks, with the count warnings above them; checks warn, never block. */
export function GoalsSection({ room, editable }: { room: CollabRoom; editable: boolean }) {
  const me = useMe();
  const headingId = useId();
  const bodies = useBodies().data ?? [];
  const fields = room.ydoc.getMap<unknown>('fields');
  useYChanges(fields);
  const goals = readGoals(room.ydoc);
  const live = liveGoals(room.ydoc);
  const warnings = goalCountWarnings(goals, me.organisation.settings.maxGoals);

  return (
    <section aria-labelledby={headingId} className="goals" data-testid="goals">
      <h2 id={headingId}>{t('goal.heading')}</h2>
      <div aria-live="polite" className="goal-warnings">
        {warnings.length > 0 && (
          <ul>
            {warnings.map((warning) => (
              <li key={warning.level} className="warning">
                {t(warning.messageKey, warning.params)}
              </li>
            ))}
          </ul>
        )}
      </div>
      {live.map((goal, index) => {
        const data = goals[index];
        return data ? <GoalBlock key={data.id} room={room} goal={goal} data={data} number={index + 1} allGoals={goals} bodies={bodies} editable={editable} /> : null;
      })}
      {editable && (
        <button type="button" onClick={() => addGoal(room.ydoc)}>
          {t('goal.add')}
        </button>
      )}
    </section>
  );
}
