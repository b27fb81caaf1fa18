import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { userColor } from '../../shared/sync/user-color';
import type { PresenceIdentity } from './presence-identity';

/** One client's entry in an awareness update (y-protocols' encoding: client id, clock, state as JSON). */
export interface AwarenessEntry {
  clientId: number;
  clock: number;
  json: string;
}

export function readAwarenessUpdate(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    entries.push({ clientId: decoding.readVarUint(decoder), clock: decoding.readVarUint(decoder), json: decoding.readVarString(decoder) });
  }
  return entries;
}

export function writeAwarenessUpdate(entries: AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { clientId, clock, json } of entries) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, json);
  }
  return encoding.toUint8Array(encoder);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A client's state as the room keeps and forwards it: who it is comes from the session, not the
 * client. The fields that name someone — the caret's `user` and the workshop's `name` — are replaced
 * when present (never added) and removed where the connection is shown as nobody. Undefined: not a
 * state at all (dropped); null: the client left.
 */
export function stateFromSession(json: string, presence: PresenceIdentity | null): string | null | undefined {
  const state: unknown = JSON.parse(json);
  if (state === null) return null;
  if (!isRecord(state)) return undefined;
  const { user, name, ...rest } = state;
  const kept: Record<string, unknown> = rest;
  if (presence && user !== undefined) {
    const claimed = isRecord(user) ? user.id : undefined;
    const id = presence.ids.find((candidate) => candidate === claimed) ?? presence.ids[0];
    kept.user = { id, name: presence.name, color: userColor(id) };
  }
  if (presence && name !== undefined) kept.name = presence.name;
  return JSON.stringify(kept);
}
