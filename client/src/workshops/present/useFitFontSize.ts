import { useLayoutEffect, type RefObject } from 'react';

/** Below this the cards are no longer read from the back of a room: the box scrolls instead of cutting. */
const MIN_PX = 10;

/**
 * Sets the content's font size to the largest (up to `maxPx()`, asked at every fit as it may follow the
 * window) at which it fits its box, measured, so a board of 3 cards is read from the back of the room
 * and a board of 60 still fits the screen. Runs again when `key` changes (cards came or went) and when
 * the box changes size (a window, full screen). `maxPx` must keep its identity (a module function).
 * Written to the element directly: measuring is a layout read, and a React state would render twice.
 */
export function useFitFontSize(box: RefObject<HTMLElement | null>, content: RefObject<HTMLElement | null>, maxPx: () => number, key: string): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` changes with the content, which must be fitted again
  useLayoutEffect(() => {
    const outer = box.current;
    const inner = content.current;
    if (!outer || !inner) return;
    // Words are not broken (until even the smallest type is too large): an element marked data-fit-words
    // with a word wider than itself ("Kompetensförsörjningen", "Teknologiska") means the type is too large.
    const wordsFit = () => [...inner.querySelectorAll('[data-fit-words]')].every((element) => element.scrollWidth <= element.clientWidth);
    const fits = () => inner.scrollHeight <= outer.clientHeight && inner.scrollWidth <= outer.clientWidth && wordsFit();
    const fit = () => {
      let low = MIN_PX;
      let high = Math.max(MIN_PX, maxPx());
      inner.style.fontSize = `${high}px`;
      if (!fits()) {
        for (let step = 0; step < 12 && high - low > 0.5; step += 1) {
          const middle = (low + high) / 2;
          inner.style.fontSize = `${middle}px`;
          if (fits()) low = middle;
          else high = middle;
        }
        inner.style.fontSize = `${low}px`;
      }
      outer.dataset.overflow = fits() ? 'no' : 'yes';
    };
    // biome-ignore lint/suspicious/noFocusedTests: a function named fit, not a focused test
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(outer);
    return () => observer.disconnect();
  }, [box, content, maxPx, key]);
}
