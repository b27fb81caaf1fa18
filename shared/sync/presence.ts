import { userColor } from './user-color';

/**
 * Awareness states as every client reads them. A state comes from another client through the server,
 * which sets who it is from the session (server/sync/awareness-filter.ts); still, anything that is not
 * the expected shape is ignored here, never trusted, so one odd state cannot break a presence list.
 */

/** Someone in a document or a group's notes (the editor's caret user). */
export interface PresenceUser {
  id: string;
  name: string;
  color: string;
}

/** Someone with a workshop open, as their board says in the control room ("klar"). */
export interface WorkshopPresence {
  name: string;
  groupId: string | null;
  done: boolean;
}

const MAX_TEXT = 200;
const COLOR = /^#[0-9a-fA-F]{6}$/;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | null => (typeof value === 'string' && value.trim().length > 0 && value.length <= MAX_TEXT ? value : null);

export function readPresenceUser(state: unknown): PresenceUser | null {
  if (!isRecord(state) || !isRecord(state.user)) return null;
  const id = text(state.user.id);
  const name = text(state.user.name);
  if (!id || !name) return null;
  const color = typeof state.user.color === 'string' && COLOR.test(state.user.color) ? state.user.color : userColor(id);
  return { id, name, color };
}

export function readWorkshopPresence(state: unknown): WorkshopPresence | null {
  if (!isRecord(state)) return null;
  const name = text(state.name);
  if (!name) return null;
  return { name, groupId: text(state.groupId), done: state.done === true };
}
