import './goals.css';
import { useId } from 'react';
import { countedAcrossDocuments, countedGoals } from '../../../shared/goals/count-warnings';
import { addGoal, readGoals } from '../../../shared/goals/model';
import { t } from '../../../shared/i18n';
import { useBodies } from '../bodies/useBodies';
import type { CollabRoom } from '../editor/collab-room';
import { GoalBlock } from './GoalBlock';
import { GoalCountWarnings } from './GoalCountWarnings';
import { liveGoals, useYChanges } from './live-goals';
import { useRegisterGoals } from './useRegister';

/**
 * A måldokument's goal blocks, with the count warnings above them: its goals (as its body's) with every
 * goal in force in the kommun's other documents. Checks warn, never block.
 */
export function GoalsSection({ room, documentId, bodyId, editable }: { room: CollabRoom; documentId: string; bodyId: string | null; editable: boolean }) {
  const headingId = useId();
  const bodies = useBodies().data ?? [];
  const fields = room.ydoc.getMap<unknown>('fields');
  useYChanges(fields);
  const goals = readGoals(room.ydoc);
  const live = liveGoals(room.ydoc);
  const register = useRegisterGoals().data ?? [];

  return (
    <section aria-labelledby={headingId} className="goals" data-testid="goals">
      <h2 id={headingId}>{t('goal.heading')}</h2>
      <GoalCountWarnings goals={countedAcrossDocuments(countedGoals(goals, bodyId), register, documentId)} bodies={bodies} />
      {live.map((goal, index) => {
        const data = goals[index];
        return data ? <GoalBlock key={data.id} room={room} goal={goal} data={data} number={index + 1} register={register} bodies={bodies} editable={editable} /> : null;
      })}
      {editable && (
        <button type="button" onClick={() => addGoal(room.ydoc)}>
          {t('goal.add')}
        </button>
      )}
    </section>
  );
}
