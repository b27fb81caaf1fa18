/**
 * Samsyn's service worker: just enough for a document to open again without a network. The page
 * shell and hashed assets, the signed-in user and the documents' metadata are kept from the last
 * visit online; the document's content itself lives in IndexedDB (y-indexeddb). Always network
 * first for pages and API answers, so nothing stale is shown while the server can be reached.
 */
const SHELL = 'samsyn-shell-v1';
const API = 'samsyn-api-v1';
const API_PATHS = [/^\/api\/me$/, /^\/api\/bodies$/, /^\/api\/documents\/[0-9a-f-]{36}$/];

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

async function networkFirst(request, cacheName, cacheKey = request) {
  const cache = await caches.open(cacheName);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(cacheKey, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(cacheKey);
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(SHELL);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.method === 'POST' && url.pathname === '/api/auth/logout') {
    // Signed out: forget the cached user and documents on this device.
    event.respondWith(caches.delete(API).then(() => fetch(request)));
    return;
  }
  if (request.method !== 'GET') return;
  if (request.mode === 'navigate') event.respondWith(networkFirst(request, SHELL, '/index.html'));
  else if (url.pathname.startsWith('/assets/')) event.respondWith(cacheFirst(request));
  else if (API_PATHS.some((path) => path.test(url.pathname))) event.respondWith(networkFirst(request, API));
});
