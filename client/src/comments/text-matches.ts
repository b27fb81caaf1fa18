import type { EditorView } from '@tiptap/pm/view';
import { anchorContextOf, createTextAnchor } from '../../../shared/comments/anchor';
import { findInDoc, type DocMatch } from './text-search';

/** Most matches listed at once; more are counted, and the person is asked to type more. */
const FIND_LIMIT = 10;

/** An editor that takes part in the search: its fragment, its view and where it is, in words. */
export interface SearchableEditor {
  fragment: string;
  view: EditorView;
  /** "I texten", "I viljeinriktningen för …": read when searching, so a renamed goal is named right. */
  place: () => string;
}

/** A match in one of the page's editors, held as a text anchor so it follows edits until it is picked. */
export interface TextMatch extends Omit<DocMatch, 'from' | 'to'> {
  id: string;
  fragment: string;
  place: string;
  start: string;
  end: string;
}

export interface FoundText {
  matches: TextMatch[];
  /** Every match, also those past FIND_LIMIT. */
  total: number;
}

/** Editors in the order they stand on the page (the body before the goals, goals in order). */
const inPageOrder = (editors: SearchableEditor[]) =>
  [...editors].sort((a, b) => (a.view.dom.compareDocumentPosition(b.view.dom) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));

/** The query's matches in every editor, read from their ProseMirror docs (so positions map through the same binding as a selection). */
export function findInEditors(editors: SearchableEditor[], query: string, limit = FIND_LIMIT): FoundText {
  const matches: TextMatch[] = [];
  let total = 0;
  for (const { fragment, view, place } of inPageOrder(editors)) {
    const found = findInDoc(view.state.doc, query);
    total += found.length;
    const context = anchorContextOf(view.state);
    if (!context) continue;
    for (const { from, to, ...shown } of found.slice(0, limit - matches.length)) {
      const anchor = createTextAnchor(context, { from, to });
      if (anchor) matches.push({ id: `${fragment}:${from}`, fragment, place: place(), ...anchor, ...shown });
    }
  }
  return { matches, total };
}
