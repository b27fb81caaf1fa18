import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/**
 * What the processes that hold one room tell each other on its channel. `seq` numbers the updates a
 * process's own clients (and the server in it) made, so the others know which of them it has stored.
 */
export type ClusterMessage =
  /** An update made in `from` (seq > 0: `from` stores it; 0: a room in memory). */
  | { type: 'update'; from: string; seq: number; update: Uint8Array }
  | { type: 'awareness'; from: string; update: Uint8Array }
  /** `from` has loaded the room (or is back on the bus) and asks what it lacks. */
  | { type: 'sync-request'; from: string; stateVector: Uint8Array }
  /** What `to` lacks; with `from`'s own state vector when `to` should send back what `from` lacks (empty: the last word). */
  | { type: 'sync-reply'; from: string; to: string; update: Uint8Array; stateVector: Uint8Array }
  /** `from` has stored its updates up to `seq`. */
  | { type: 'stored'; from: string; seq: number }
  /** A lock through `from`: stop applying edits, store what is pending, answer `frozen`. */
  | { type: 'freeze'; from: string; request: string }
  | { type: 'frozen'; from: string; request: string; to: string }
  /** The lock is over; `locked`: a version was written, every connection is now read-only. */
  | { type: 'thaw'; from: string; request: string; locked: boolean };

const TYPES = ['update', 'awareness', 'sync-request', 'sync-reply', 'stored', 'freeze', 'frozen', 'thaw'] as const;

export function encodeClusterMessage(message: ClusterMessage): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, TYPES.indexOf(message.type));
  encoding.writeVarString(encoder, message.from);
  switch (message.type) {
    case 'update':
      encoding.writeVarUint(encoder, message.seq);
      encoding.writeVarUint8Array(encoder, message.update);
      break;
    case 'awareness':
      encoding.writeVarUint8Array(encoder, message.update);
      break;
    case 'sync-request':
      encoding.writeVarUint8Array(encoder, message.stateVector);
      break;
    case 'sync-reply':
      encoding.writeVarString(encoder, message.to);
      encoding.writeVarUint8Array(encoder, message.update);
      encoding.writeVarUint8Array(encoder, message.stateVector);
      break;
    case 'stored':
      encoding.writeVarUint(encoder, message.seq);
      break;
    case 'freeze':
      encoding.writeVarString(encoder, message.request);
      break;
    case 'frozen':
      encoding.writeVarString(encoder, message.request);
      encoding.writeVarString(encoder, message.to);
      break;
    case 'thaw':
      encoding.writeVarString(encoder, message.request);
      encoding.writeVarUint(encoder, message.locked ? 1 : 0);
      break;
  }
  return encoding.toUint8Array(encoder);
}

/** Throws on a message no Samsyn process wrote (the caller logs and drops it). */
export function decodeClusterMessage(bytes: Uint8Array): ClusterMessage {
  const decoder = decoding.createDecoder(bytes);
  const type = TYPES[decoding.readVarUint(decoder)];
  const from = decoding.readVarString(decoder);
  switch (type) {
    case 'update':
      return { type, from, seq: decoding.readVarUint(decoder), update: decoding.readVarUint8Array(decoder) };
    case 'awareness':
      return { type, from, update: decoding.readVarUint8Array(decoder) };
    case 'sync-request':
      return { type, from, stateVector: decoding.readVarUint8Array(decoder) };
    case 'sync-reply':
      return { type, from, to: decoding.readVarString(decoder), update: decoding.readVarUint8Array(decoder), stateVector: decoding.readVarUint8Array(decoder) };
    case 'stored':
      return { type, from, seq: decoding.readVarUint(decoder) };
    case 'freeze':
      return { type, from, request: decoding.readVarString(decoder) };
    case 'frozen':
      return { type, from, request: decoding.readVarString(decoder), to: decoding.readVarString(decoder) };
    case 'thaw':
      return { type, from, request: decoding.readVarString(decoder), locked: decoding.readVarUint(decoder) === 1 };
    default:
      throw new Error('unknown cluster message type');
  }
}
