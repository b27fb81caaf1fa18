import type { BrowserContext } from 'playwright-core';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { MESSAGE } from '../../shared/sync/protocol';
import { socketClass } from '../helpers/sync-harness';

/** A Yjs client in Node with this context's session, synced with a room (someone else at a table). */
export async function connectAs(context: BrowserContext, origin: string, room: string) {
  const cookie = (await context.cookies()).map(({ name, value }) => `${name}=${value}`).join('; ');
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${origin.replace(/^http/, 'ws')}/yjs`, room, doc, {
    WebSocketPolyfill: socketClass(cookie, origin) as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  provider.messageHandlers[MESSAGE.samsyn] = () => {}; // the server's notices (mode): not needed here
  await new Promise<void>((resolve) => provider.once('sync', () => resolve()));
  const stop = () => {
    provider.destroy();
    doc.destroy();
  };
  return { doc, provider, stop };
}
