/**
 * A stable colour per user (the same on every screen), dark enough that white caret labels on it
 * keep WCAG AA contrast (4.5:1).
 */
const PALETTE = ['#1f5fa8', '#a3284a', '#2e6b30', '#7a3fa0', '#9a4a00', '#00677a', '#8a2d8a', '#4a5a12', '#b3261e', '#3d4f9f'];

export function userColor(userId: string): string {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length]!;
}
