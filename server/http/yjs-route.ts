import { upgradeWebSocket } from '@hono/node-server';
import type { Context } from 'hono';
import type { WebSocket } from 'ws';
import { CLOSE, NOTICES_PARAM } from '../../shared/sync/protocol';
import { guestCaller, memberCaller } from '../auth/caller';
import type { SyncServer } from '../sync/sync-server';
import type { AppEnv } from './env';
import { isSameOrigin } from './same-origin';

/**
 * GET /yjs/<room>: the y-websocket endpoint. Session cookie, Origin and `can()` are checked at upgrade;
 * a refusal accepts the socket and closes it with 4401/4403, because y-websocket's client stops
 * retrying on those, while a refused upgrade would make it retry forever.
 */
export function yjsRoute(sync: SyncServer) {
  return upgradeWebSocket(async (c: Context<AppEnv>) => {
    const refuse = (code: number, reason: string) => ({
      onOpen: (_event: Event, ws: { close(code: number, reason: string): void }) => ws.close(code, reason),
    });
    const roomName = c.req.param('room') ?? '';
    if (!isSameOrigin(c.req.raw.headers, new URL(c.req.url).host)) {
      c.var.log.warn('refused a sync connection from a foreign origin', { origin: c.req.header('origin') });
      return refuse(CLOSE.forbidden, 'origin not allowed');
    }
    const { principal, guest } = c.var;
    // A guest of a workshop connects as that workshop's participant only (the room kinds refuse the rest).
    const caller = principal ? memberCaller(principal) : guest ? guestCaller(guest) : null;
    if (!caller) return refuse(CLOSE.unauthenticated, 'not logged in');
    const grant = await sync.authorize(caller, roomName);
    if (!grant) return refuse(CLOSE.forbidden, 'no access to this room');
    const notices = c.req.query('notices') === NOTICES_PARAM.notices;
    return {
      onOpen: (_event: Event, ws: { raw?: unknown }) => sync.connect(ws.raw as WebSocket, roomName, caller, grant, { notices }),
    };
  });
}
