import { useEffect, useState } from 'react';
import { t } from '../../../../shared/i18n';
import type { CollabRoom } from '../../editor/collab-room';

/**
 * "Klar": the participant's signal that the group is done, set in the control room's awareness as
 * `{ done, name, groupId }` (awareness works on read-only connections) for the facilitator to see.
 */
export function DoneToggle({ room, name, groupId }: { room: CollabRoom | null; name: string; groupId: string }) {
  const [done, setDone] = useState(false);
  useEffect(() => {
    if (!room) return;
    const awareness = room.provider.awareness;
    awareness.setLocalStateField('name', name);
    awareness.setLocalStateField('groupId', groupId);
    awareness.setLocalStateField('done', done);
  }, [room, name, groupId, done]);

  return (
    <div className="workshop-done">
      <button type="button" onClick={() => setDone(!done)}>
        {done ? t('workshop.done.unmark') : t('workshop.done.mark')}
      </button>
      <p role="status" className={done ? 'status-message' : 'alert-empty'}>
        {done ? t('workshop.done.marked') : null}
      </p>
    </div>
  );
}
