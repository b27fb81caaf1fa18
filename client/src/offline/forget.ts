/**
 * On sign-out, this device forgets what it kept for offline use: the documents' IndexedDB copies
 * (y-indexeddb, named `samsyn:<room>`) and the service worker's cached API answers.
 */
export async function forgetOfflineCopies(): Promise<void> {
  try {
    const databases = (await indexedDB.databases?.()) ?? [];
    for (const { name } of databases) {
      if (name?.startsWith('samsyn:')) indexedDB.deleteDatabase(name);
    }
    if ('caches' in window) await caches.delete('samsyn-api-v1');
  } catch {
    // Nothing to forget, or the browser does not allow it (private mode): sign-out goes on.
  }
}
