import type { JSONContent } from '@tiptap/core';
import { isJsonObject, jsonObject } from './json-value';

/**
 * Stored ProseMirror JSON in the one shape the renderers read: `type` and `text` strings, `content` and
 * `marks` arrays of objects, `attrs` objects. Versions locked before the body reader was strict may hold
 * other shapes (an array where a node belongs, from text straight in the body); those are read too.
 */
const MAX_DEPTH = 128;

function mark(value: unknown): NonNullable<JSONContent['marks']>[number] | null {
  if (!isJsonObject(value) || typeof value.type !== 'string') return null;
  return isJsonObject(value.attrs) ? { type: value.type, attrs: jsonObject(value.attrs) } : { type: value.type };
}

function nodes(value: unknown, depth: number): JSONContent[] {
  if (Array.isArray(value)) return depth >= MAX_DEPTH ? [] : value.flatMap((item) => nodes(item, depth + 1));
  return isJsonObject(value) ? [contentNode(value, depth)] : [];
}

export function contentNode(value: unknown, depth = 0): JSONContent {
  if (!isJsonObject(value)) return { type: 'doc', content: nodes(value, depth) };
  const node: JSONContent = { type: typeof value.type === 'string' ? value.type : '' };
  if (typeof value.text === 'string') node.text = value.text;
  if (isJsonObject(value.attrs)) node.attrs = jsonObject(value.attrs);
  if (Array.isArray(value.marks)) node.marks = value.marks.map(mark).filter((m) => m !== null);
  if (Array.isArray(value.content) && depth < MAX_DEPTH) node.content = nodes(value.content, depth + 1);
  return node;
}
