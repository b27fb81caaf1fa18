/// <reference types="vite/client" />
/**
 * Registers /sw.js (client/public/sw.js) in the built app, so a document opened before can be opened
 * again without a network. Not in development: Vite's dev server must always answer itself.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // Without it everything works online; only opening a document offline after a reload does not.
    });
  });
}
