/** Sync room names (../shared/DESIGN.md). Ids are UUIDs, since y-websocket puts the name in the URL unencoded. */
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

export type RoomRef =
  | { kind: 'document'; documentId: string }
  | { kind: 'comments'; documentId: string }
  /** A working group's card board in a workshop. */
  | { kind: 'board'; workshopId: string; groupId: string }
  /** A working group's shared notes: a Y.Doc with the editor's `body` XmlFragment; same rights as the group's board. */
  | { kind: 'notes'; workshopId: string; groupId: string }
  /** A workshop's phase, timer, reveal and locks: written by the server alone (shared/workshops/control.ts). */
  | { kind: 'control'; workshopId: string }
  /** A participant's hidden cards while the facilitator hides cards (same layout as a board); moved to the board on reveal. */
  | { kind: 'draft'; workshopId: string; participantId: string };

const patterns: Array<[RegExp, (match: RegExpExecArray) => RoomRef]> = [
  [new RegExp(`^doc:(${UUID})$`), (m) => ({ kind: 'document', documentId: m[1]! })],
  [new RegExp(`^doc:(${UUID}):comments$`), (m) => ({ kind: 'comments', documentId: m[1]! })],
  [new RegExp(`^ws:(${UUID}):board:(${UUID})$`), (m) => ({ kind: 'board', workshopId: m[1]!, groupId: m[2]! })],
  [new RegExp(`^ws:(${UUID}):notes:(${UUID})$`), (m) => ({ kind: 'notes', workshopId: m[1]!, groupId: m[2]! })],
  [new RegExp(`^ws:(${UUID}):control$`), (m) => ({ kind: 'control', workshopId: m[1]! })],
  [new RegExp(`^ws:(${UUID}):draft:(${UUID})$`), (m) => ({ kind: 'draft', workshopId: m[1]!, participantId: m[2]! })],
];

export function parseRoomName(name: string): RoomRef | null {
  for (const [pattern, build] of patterns) {
    const match = pattern.exec(name);
    if (match) return build(match);
  }
  return null;
}

export const documentRoom = (documentId: string) => `doc:${documentId}`;
export const commentsRoom = (documentId: string) => `doc:${documentId}:comments`;
export const boardRoom = (workshopId: string, groupId: string) => `ws:${workshopId}:board:${groupId}`;
export const notesRoom = (workshopId: string, groupId: string) => `ws:${workshopId}:notes:${groupId}`;
export const controlRoom = (workshopId: string) => `ws:${workshopId}:control`;
export const draftRoom = (workshopId: string, participantId: string) => `ws:${workshopId}:draft:${participantId}`;
