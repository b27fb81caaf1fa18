import { useEffect, useState } from 'react';
import { readWorkshopPresence } from '../../../../shared/sync/presence';
import type { CollabRoom } from '../../editor/collab-room';

/** Someone with the workshop open, as their awareness in the control room says. */
export interface ConnectedPerson {
  clientId: number;
  name: string;
  groupId: string | null;
  done: boolean;
}

function read(room: CollabRoom): ConnectedPerson[] {
  const people: ConnectedPerson[] = [];
  for (const [clientId, state] of room.provider.awareness.getStates()) {
    const person = clientId === room.ydoc.clientID ? null : readWorkshopPresence(state);
    if (person) people.push({ clientId, ...person });
  }
  return people.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

/** Who is connected to the control room now (participants' boards set name, group and "klar"). */
export function useConnected(room: CollabRoom | null): ConnectedPerson[] {
  const [people, setPeople] = useState<ConnectedPerson[]>([]);
  useEffect(() => {
    if (!room) return setPeople([]);
    const awareness = room.provider.awareness;
    const update = () => setPeople(read(room));
    update();
    awareness.on('change', update);
    return () => awareness.off('change', update);
  }, [room]);
  return people;
}
