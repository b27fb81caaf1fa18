/**
 * Text anchors: a ProseMirror range turned into two encoded `Y.RelativePosition`s and back, through
 * y-tiptap's mapping between the Y.XmlFragment and the ProseMirror doc. Relative positions point at
 * Yjs items, not offsets, so an anchor stays on the same words while others insert or delete around them.
 *
 * The start sticks to the phrase's first character (assoc 0) and the end to its last (assoc -1), so
 * text typed right before or right after the phrase stays outside it. When every character of the
 * phrase is gone both ends fall to one point: `resolveTextAnchor` then says null ("texten är borttagen").
 */
import { absolutePositionToRelativePosition, relativePositionToAbsolutePosition, ySyncPluginKey } from '@tiptap/y-tiptap';
import { fromBase64, toBase64 } from 'lib0/buffer';
import type { EditorState } from '@tiptap/pm/state';
import * as Y from 'yjs';

/** y-tiptap's map from Yjs types to the ProseMirror nodes they became. */
type ProsemirrorMapping = Parameters<typeof relativePositionToAbsolutePosition>[3];

/** What an anchor is resolved against: the Y.Doc, the fragment an editor shows, and the binding's mapping. */
export interface AnchorContext {
  ydoc: Y.Doc;
  fragment: Y.XmlFragment;
  mapping: ProsemirrorMapping;
}

export interface TextRange {
  from: number;
  to: number;
}

const encodeRelative = (position: Y.RelativePosition): string => toBase64(Y.encodeRelativePosition(position));
const decodeRelative = (encoded: string): Y.RelativePosition => Y.decodeRelativePosition(fromBase64(encoded));

/** The same place, re-expressed with another association (0: stick to the item after, -1: to the item before). */
function withAssoc(position: Y.RelativePosition, ydoc: Y.Doc, assoc: number): Y.RelativePosition {
  const absolute = Y.createAbsolutePositionFromRelativePosition(position, ydoc);
  return absolute ? Y.createRelativePositionFromTypeIndex(absolute.type, absolute.index, assoc) : position;
}

/** Encodes the ProseMirror range [from, to) as {start, end}; null for an empty range. */
export function createTextAnchor(context: AnchorContext, { from, to }: TextRange): { start: string; end: string } | null {
  if (to <= from) return null;
  const { ydoc, fragment, mapping } = context;
  const start = withAssoc(absolutePositionToRelativePosition(from, fragment, mapping) as Y.RelativePosition, ydoc, 0);
  const end = withAssoc(absolutePositionToRelativePosition(to, fragment, mapping) as Y.RelativePosition, ydoc, -1);
  return { start: encodeRelative(start), end: encodeRelative(end) };
}

/** The anchor's range in the ProseMirror doc now, or null when its text is gone (or it belongs elsewhere). */
export function resolveTextAnchor(context: AnchorContext, anchor: { start: string; end: string }): TextRange | null {
  const { ydoc, fragment, mapping } = context;
  let from: number | null;
  let to: number | null;
  try {
    from = relativePositionToAbsolutePosition(ydoc, fragment, decodeRelative(anchor.start), mapping);
    to = relativePositionToAbsolutePosition(ydoc, fragment, decodeRelative(anchor.end), mapping);
  } catch {
    return null; // not a relative position we can read
  }
  if (from === null || to === null || to <= from) return null;
  return { from, to };
}

/** The anchor context of an editor bound to Yjs by y-tiptap's sync plugin (null before it is bound). */
export function anchorContextOf(state: EditorState): AnchorContext | null {
  const binding = (ySyncPluginKey.getState(state) as { binding?: { doc: Y.Doc; type: Y.XmlFragment; mapping: ProsemirrorMapping } } | undefined)?.binding;
  if (!binding?.type?.doc) return null;
  return { ydoc: binding.type.doc, fragment: binding.type, mapping: binding.mapping };
}
