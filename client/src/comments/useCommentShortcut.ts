import { useEffect, useRef } from 'react';
import { isCommentShortcut } from './comment-highlights';

/**
 * Ctrl+Alt+M anywhere on the page does what "Kommentera" does, so it works also where the text is
 * read-only and cannot take focus. The editors handle it themselves first; fields where the keys may
 * type a character (AltGr+M is µ on a Swedish keyboard) are left alone.
 */
export function useCommentShortcut(onShortcut: () => void, enabled: boolean): void {
  const latest = useRef(onShortcut);
  useEffect(() => {
    latest.current = onShortcut;
  }, [onShortcut]);
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !isCommentShortcut(event)) return;
      if (event.target instanceof Element && event.target.closest('input, textarea, select, [contenteditable="true"]')) return;
      event.preventDefault();
      latest.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled]);
}
