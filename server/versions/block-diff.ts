import type { JSONContent } from '@tiptap/core';
import { diffArrays } from 'diff';
import { headingLevel } from '../../shared/documents/render';
import { diffText, type TextOp } from './diff';

/** One block of a document as a reader sees it: a heading, a paragraph, a list item or a table row. */
export interface ContentBlock {
  kind: 'heading' | 'paragraph' | 'listItem' | 'tableRow' | 'other';
  /** A heading's level (1–6). */
  level?: number;
  text: string;
}

/** A block of the diff: unchanged, added, removed, or changed word by word. */
export interface BlockChange {
  kind: ContentBlock['kind'];
  level?: number;
  change: 'equal' | 'insert' | 'delete' | 'changed';
  ops: TextOp[];
}

const inlineText = (node: JSONContent): string => (node.type === 'hardBreak' ? '\n' : (node.text ?? '') + (node.content ?? []).map(inlineText).join(''));

function blocksOf(node: JSONContent, into: ContentBlock[]): void {
  switch (node.type) {
    case 'heading':
      into.push({ kind: 'heading', level: headingLevel(node), text: inlineText(node) });
      return;
    case 'paragraph':
      into.push({ kind: 'paragraph', text: inlineText(node) });
      return;
    case 'listItem': {
      // An item's own paragraphs are its text; a list inside it gives items of their own.
      const own = (node.content ?? []).filter((child) => child.type !== 'bulletList' && child.type !== 'orderedList');
      into.push({ kind: 'listItem', text: own.map(inlineText).join('\n') });
      for (const child of node.content ?? []) if (child.type === 'bulletList' || child.type === 'orderedList') blocksOf(child, into);
      return;
    }
    case 'tableRow':
      into.push({ kind: 'tableRow', text: (node.content ?? []).map((cell) => (cell.content ?? []).map(inlineText).join(' ')).join(' | ') });
      return;
    case 'doc':
    case 'bulletList':
    case 'orderedList':
    case 'table':
    case 'blockquote':
      for (const child of node.content ?? []) blocksOf(child, into);
      return;
    default: {
      const text = inlineText(node);
      if (text) into.push({ kind: 'other', text });
    }
  }
}

/** The blocks of a document's content (ProseMirror JSON), in reading order. */
export function contentBlocks(content: JSONContent): ContentBlock[] {
  const blocks: ContentBlock[] = [];
  blocksOf(content, blocks);
  return blocks;
}

const same = (a: ContentBlock, b: ContentBlock) => a.kind === b.kind && a.level === b.level && a.text === b.text;
const whole = (block: ContentBlock, change: 'equal' | 'insert' | 'delete'): BlockChange => ({
  kind: block.kind,
  ...(block.level !== undefined && { level: block.level }),
  change,
  ops: block.text ? [{ op: change, text: block.text }] : [],
});

/**
 * The two documents block by block: blocks are matched in order (headings stay headings, a list item
 * its item), and a block that was removed where another of its kind was added is shown as changed,
 * word by word, so a reworded paragraph reads as one paragraph with its edits.
 */
export function diffBlocks(from: ContentBlock[], to: ContentBlock[]): BlockChange[] {
  const result: BlockChange[] = [];
  const parts = diffArrays(from, to, { comparator: same });
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const next = parts[i + 1];
    if (!part.added && !part.removed) {
      result.push(...part.value.map((block) => whole(block, 'equal')));
      continue;
    }
    if (part.removed && next?.added) {
      const removed = part.value;
      const added = next.value;
      for (let k = 0; k < Math.max(removed.length, added.length); k++) {
        const before = removed[k];
        const after = added[k];
        if (before && after && before.kind === after.kind) {
          result.push({ kind: after.kind, ...(after.level !== undefined && { level: after.level }), change: 'changed', ops: diffText(before.text, after.text) });
        } else {
          if (before) result.push(whole(before, 'delete'));
          if (after) result.push(whole(after, 'insert'));
        }
      }
      i++;
      continue;
    }
    result.push(...part.value.map((block) => whole(block, part.added ? 'insert' : 'delete')));
  }
  return result;
}
