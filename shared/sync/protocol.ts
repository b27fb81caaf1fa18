/**
 * What the sync server and its clients agree on beyond the y-websocket protocol.
 * Close codes 4400–4499 are permanent: y-websocket's client stops reconnecting on them.
 */
export const CLOSE = {
  /** No valid session cookie. */
  unauthenticated: 4401,
  /** No access to this room, the room does not exist, or access was withdrawn. */
  forbidden: 4403,
  /**
   * The server refused a change the client made (e.g. another's card deleted): the client drops its
   * local copy of the room, changes included, and opens it again from the server's state.
   */
  refused: 4409,
  /** The user or the room has too many connections. */
  tooManyConnections: 4429,
  /** The connection kept sending past its budget (frames, bytes or awareness) after being slowed or ignored. */
  tooManyMessages: 4429,
  /** The server cannot store writes right now and its buffer is full; the client retries later. */
  storageUnavailable: 4503,
  /** The client read too slowly and its send buffer grew past the limit; it reconnects and resyncs. */
  slowConsumer: 4000,
  /** A frame that is not a valid y-websocket message (RFC 6455: invalid payload data). */
  malformed: 1007,
  /** A frame over the size limit (RFC 6455: message too big). */
  tooLarge: 1009,
  /** The server is shutting down; the client reconnects. */
  goingAway: 1001,
} as const;

/** y-websocket message types, and Samsyn's own (a number the standard protocol does not use). */
export const MESSAGE = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
  samsyn: 100,
} as const;

/**
 * The URL parameter a Samsyn client adds (`/yjs/<room>?notices=samsyn`, y-websocket's `params` option) to
 * receive Samsyn's notices; without it a connection gets only the standard y-websocket protocol, so a
 * stock client never meets a message type it cannot read.
 */
export const NOTICES_PARAM = { notices: 'samsyn' } as const;

export type ConnectionMode = 'write' | 'read';

/** Samsyn's own messages from server to client (JSON after the message type). */
export type ServerNotice =
  /** The connection's rights, sent on connect and whenever they change (e.g. on lock). */
  | { type: 'mode'; mode: ConnectionMode; reason?: 'locked' | 'role' }
  /** Everything up to this state vector is stored in the database (base64 of Y.encodeStateVector). */
  | { type: 'saved'; stateVector: string };
