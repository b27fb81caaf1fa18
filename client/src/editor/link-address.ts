/**
 * The address a typed link goes to: "kommun.se/plan" is taken as https; only web and mail addresses
 * are links (a "javascript:" address is not). Null when it is neither.
 */
export function linkAddress(typed: string): string | null {
  const text = typed.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  try {
    const url = new URL(withScheme);
    if (url.protocol === 'mailto:') return url.pathname.includes('@') ? withScheme : null;
    if ((url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.')) return withScheme;
  } catch {
    // Not an address at all.
  }
  return null;
}
