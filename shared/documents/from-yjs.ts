import type { JSONContent } from '@tiptap/core';
import * as Y from 'yjs';
import { isJsonObject, jsonObject } from './json-value';

/**
 * A Tiptap body (Y.XmlFragment) as ProseMirror JSON, for whatever an editor may have put into it over
 * the socket: text embeds and non-string inserts, XmlHooks, elements of any name nested anywhere,
 * attributes and formats of any type. The result is always plain JSON of one shape (type, attrs,
 * content, text, marks), so locking, diffing and exporting can never fail on a document.
 * Where the editor itself cannot show a part (embeds, hooks), the part is left out.
 */

/** Deeper than any real document nests; below it a subtree is kept as its text, so every renderer's recursion stays shallow. */
const MAX_DEPTH = 64;

/** Overlapping marks of one type are stored as `<mark>--<8 characters>` (y-prosemirror). */
const markName = (attribute: string) => /^([\s\S]*)--[a-zA-Z0-9+/=]{8}$/.exec(attribute)?.[1] ?? attribute;

type Delta = { insert?: unknown; attributes?: Record<string, unknown> };

function marksOf(attributes: Record<string, unknown> | undefined): JSONContent['marks'] {
  const marks: NonNullable<JSONContent['marks']> = [];
  for (const [key, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined) continue;
    // A mark's attributes are an object; any other value (true, a number) is the mark with its defaults, as the editor reads it.
    marks.push(isJsonObject(value) ? { type: markName(key), attrs: jsonObject(value) } : { type: markName(key) });
  }
  return marks.length ? marks : undefined;
}

function textNodes(text: Y.XmlText): JSONContent[] {
  const nodes: JSONContent[] = [];
  for (const op of text.toDelta() as Delta[]) {
    if (typeof op.insert !== 'string' || op.insert === '') continue;
    const marks = marksOf(op.attributes);
    nodes.push(marks ? { type: 'text', text: op.insert, marks } : { type: 'text', text: op.insert });
  }
  return nodes;
}

/** Every XmlElement attribute, read from the type's own map: yjs's getAttributes() would let a "__proto__" key set the prototype. */
function attributesOf(element: Y.XmlElement): Record<string, unknown> {
  const entries: Array<[string, unknown]> = [];
  element._map.forEach((item, key) => {
    if (!item.deleted) entries.push([key, item.content.getContent()[item.length - 1]]);
  });
  return jsonObject(Object.fromEntries(entries));
}

/** A subtree past MAX_DEPTH as one text node, walked without recursion. */
function flattenedText(element: Y.XmlElement): JSONContent[] {
  const parts: string[] = [];
  const stack: unknown[] = [element];
  while (stack.length) {
    const next = stack.pop();
    if (next instanceof Y.XmlText) parts.push(textNodes(next).map((node) => node.text).join(''));
    else if (next instanceof Y.XmlElement) {
      const children = next.toArray();
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    }
  }
  const text = parts.filter(Boolean).join(' ');
  return text ? [{ type: 'text', text }] : [];
}

function elementNode(element: Y.XmlElement, depth: number): JSONContent {
  const node: JSONContent = { type: element.nodeName };
  const attrs = attributesOf(element);
  if (Object.keys(attrs).length) node.attrs = attrs;
  const content = depth >= MAX_DEPTH ? flattenedText(element) : childNodes(element, depth + 1);
  if (content.length) node.content = content;
  return node;
}

function childNodes(parent: Y.XmlFragment | Y.XmlElement, depth: number): JSONContent[] {
  return parent.toArray().flatMap((child): JSONContent[] => {
    if (child instanceof Y.XmlText) return textNodes(child);
    if (child instanceof Y.XmlElement) return [elementNode(child, depth)];
    return []; // XmlHook: nothing the editor shows
  });
}

export function bodyJson(fragment: Y.XmlFragment): JSONContent {
  const content = fragment.toArray().flatMap((child): JSONContent[] => {
    if (child instanceof Y.XmlElement) return [elementNode(child, 1)];
    if (!(child instanceof Y.XmlText)) return [];
    // Text straight in the body has no block; a paragraph keeps it readable.
    const text = textNodes(child);
    return text.length ? [{ type: 'paragraph', content: text }] : [];
  });
  return { type: 'doc', content };
}
