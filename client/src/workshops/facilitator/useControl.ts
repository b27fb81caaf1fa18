import { useCallback, useState } from 'react';
import { messageOf } from '../../api/http';
import { setWorkshopControl, type ControlChange } from '../../api/workshops';

/**
 * Sends the facilitator's changes to the day's flow. The server stores them and writes the control
 * room, which is where every screen (this one too) reads the result.
 */
export function useControl(workshopId: string) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const send = useCallback(
    async (change: ControlChange) => {
      setBusy(true);
      try {
        await setWorkshopControl(workshopId, change);
        setError(null);
      } catch (failure) {
        setError(messageOf(failure));
      } finally {
        setBusy(false);
      }
    },
    [workshopId],
  );
  return { send, busy, error };
}
