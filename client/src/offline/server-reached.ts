/**
 * One word about the server for the whole page: when a live room has just synced with the server, the
 * server answers, so anything that says otherwise (the footer's health line) asks again at once instead
 * of waiting for its next retry.
 */
const SERVER_REACHED = 'samsyn:server-reached';

export function announceServerReached(): void {
  window.dispatchEvent(new Event(SERVER_REACHED));
}

/** Calls `listener` when a room reaches the server or the browser is back online; returns the unsubscribe. */
export function onServerReached(listener: () => void): () => void {
  window.addEventListener(SERVER_REACHED, listener);
  window.addEventListener('online', listener);
  return () => {
    window.removeEventListener(SERVER_REACHED, listener);
    window.removeEventListener('online', listener);
  };
}
