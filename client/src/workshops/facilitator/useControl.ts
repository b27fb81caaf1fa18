import { useCallback } from 'react';
import { setWorkshopControl, type ControlChange } from '../../api/workshops';
import { useSubmit } from '../../forms/useSubmit';

/**
 * Sends the facilitator's changes to the day's flow. The server stores them and writes the control
 * room, which is where every screen (this one too) reads the result.
 */
export function useControl(workshopId: string) {
  const { busy, error, run } = useSubmit();
  const send = useCallback((change: ControlChange) => void run(() => setWorkshopControl(workshopId, change)), [run, workshopId]);
  return { send, busy, error };
}
