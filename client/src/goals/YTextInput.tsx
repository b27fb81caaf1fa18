import { useEffect, useRef, type InputHTMLAttributes } from 'react';
import type * as Y from 'yjs';
import { applyTextChange } from '../../../shared/goals/model';

type Delta = Array<{ insert?: unknown; delete?: number; retain?: number }>;

/** Moves a caret position through a remote change, so others' typing never throws this one's caret. */
function mapPosition(position: number, delta: Delta): number {
  let index = 0;
  let mapped = position;
  for (const op of delta) {
    if (op.retain) index += op.retain;
    else if (typeof op.insert === 'string') {
      if (index < mapped) mapped += op.insert.length;
      index += op.insert.length;
    } else if (op.delete) {
      if (index < mapped) mapped = Math.max(index, mapped - op.delete);
    }
  }
  return mapped;
}

type YTextInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'defaultValue' | 'onChange'> & { text: Y.Text };

/** A plain input bound to a Y.Text: typing applies the difference; others' edits merge in live. */
export function YTextInput({ text, ...input }: YTextInputProps) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    element.value = text.toString();
    const remote = (event: Y.YTextEvent) => {
      const next = text.toString();
      if (element.value === next) return;
      const focused = document.activeElement === element;
      const delta = event.delta as Delta;
      const start = mapPosition(element.selectionStart ?? 0, delta);
      const end = mapPosition(element.selectionEnd ?? 0, delta);
      element.value = next;
      if (focused) element.setSelectionRange(start, end);
    };
    text.observe(remote);
    return () => text.unobserve(remote);
  }, [text]);
  return <input ref={ref} type="text" {...input} onChange={(event) => applyTextChange(text, event.target.value)} />;
}
