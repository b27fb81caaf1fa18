/**
 * Finding a phrase in a ProseMirror doc, for starting a thread without selecting text (a read-only
 * editor cannot take keyboard focus): every match of the query inside one text block, case-insensitive
 * (Swedish), with a little context on each side to tell equal matches apart.
 */
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/** Shortest query that is searched for. */
export const FIND_MIN_LENGTH = 2;
/** Characters of context shown on each side of a match (cut back to a whole word). */
const CONTEXT_LENGTH = 32;

export interface DocMatch {
  /** The match's range in the ProseMirror doc, as a selection of the same words would be. */
  from: number;
  to: number;
  before: string;
  text: string;
  after: string;
  /** Whether the context was cut short ("…"). */
  cutBefore: boolean;
  cutAfter: boolean;
}

/** Lower case and plain spaces, keeping every character's length so indexes stay the same. */
function fold(text: string): string {
  let folded = '';
  for (const char of text) {
    if (/\s/u.test(char)) folded += ' '.repeat(char.length);
    else {
      const lower = char.toLocaleLowerCase('sv');
      folded += lower.length === char.length ? lower : char;
    }
  }
  return folded;
}

/** The query as it is searched for: trimmed, runs of white space as one space, folded. */
export function foldQuery(query: string): string {
  return fold(query.trim().replace(/\s+/gu, ' '));
}

/** One text block's text, and the doc position of each of its characters (leaf nodes count as a space). */
function blockText(block: ProseMirrorNode, blockPos: number): { text: string; positions: number[] } {
  let text = '';
  const positions: number[] = [];
  block.forEach((child, offset) => {
    const start = blockPos + 1 + offset;
    const part = child.isText ? child.text ?? '' : ' ';
    for (let index = 0; index < part.length; index++) positions.push(start + index);
    text += part;
  });
  return { text, positions };
}

function contextBefore(text: string, index: number): { before: string; cutBefore: boolean } {
  const start = Math.max(0, index - CONTEXT_LENGTH);
  let before = text.slice(start, index);
  const cutBefore = start > 0;
  if (cutBefore && before.includes(' ')) before = before.slice(before.indexOf(' ') + 1);
  return { before, cutBefore };
}

function contextAfter(text: string, index: number): { after: string; cutAfter: boolean } {
  const end = Math.min(text.length, index + CONTEXT_LENGTH);
  let after = text.slice(index, end);
  const cutAfter = end < text.length;
  if (cutAfter && after.includes(' ')) after = after.slice(0, after.lastIndexOf(' '));
  return { after, cutAfter };
}

/**
 * Every match of `query` in the doc, in document order (none for a query shorter than
 * FIND_MIN_LENGTH). Matches do not overlap and never span two blocks.
 */
export function findInDoc(doc: ProseMirrorNode, query: string): DocMatch[] {
  const wanted = foldQuery(query);
  if (wanted.length < FIND_MIN_LENGTH) return [];
  const matches: DocMatch[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    const { text, positions } = blockText(node, pos);
    const folded = fold(text);
    for (let index = folded.indexOf(wanted); index >= 0; index = folded.indexOf(wanted, index + wanted.length)) {
      const end = index + wanted.length;
      matches.push({
        from: positions[index]!,
        to: positions[end - 1]! + 1,
        text: text.slice(index, end),
        ...contextBefore(text, index),
        ...contextAfter(text, end),
      });
    }
    return false;
  });
  return matches;
}
