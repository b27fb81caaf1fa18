import { roomPattern } from './room-pattern';

/**
 * The names of Samsyn's rooms, for the client to open and the server's room kinds (server/rooms/) to
 * recognise. What each room holds and who writes it: docs/architecture.md, "Rooms".
 */
export const documentRooms = roomPattern('doc:{documentId}');
export const commentsRooms = roomPattern('doc:{documentId}:comments');
/** A working group's card board in a workshop. */
export const boardRooms = roomPattern('ws:{workshopId}:board:{groupId}');
/** A working group's shared notes: a Y.Doc with the editor's `body` XmlFragment; same rights as the group's board. */
export const notesRooms = roomPattern('ws:{workshopId}:notes:{groupId}');
/** A workshop's phase, timer, reveal and locks: written by the server alone (shared/workshops/control.ts). */
export const controlRooms = roomPattern('ws:{workshopId}:control');
/** A participant's hidden cards while the facilitator hides cards (same layout as a board); moved to the board on reveal. */
export const draftRooms = roomPattern('ws:{workshopId}:draft:{participantId}');

/** A member's inbox: a change counter the server bumps when their mentions change, so "Att läsa" follows live. */
export const inboxRooms = roomPattern('user:{userId}:inbox');

export const documentRoom = (documentId: string) => documentRooms.name({ documentId });
export const commentsRoom = (documentId: string) => commentsRooms.name({ documentId });
export const boardRoom = (workshopId: string, groupId: string) => boardRooms.name({ workshopId, groupId });
export const notesRoom = (workshopId: string, groupId: string) => notesRooms.name({ workshopId, groupId });
export const controlRoom = (workshopId: string) => controlRooms.name({ workshopId });
export const draftRoom = (workshopId: string, participantId: string) => draftRooms.name({ workshopId, participantId });
export const inboxRoom = (userId: string) => inboxRooms.name({ userId });
/** The inbox room's Y.Array: one mark per change of the member's mentions (its length is what readers follow). */
export const INBOX_CHANGES = 'changes';
