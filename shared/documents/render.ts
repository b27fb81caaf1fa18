import type { JSONContent } from '@tiptap/core';

/**
 * A document's content (ProseMirror JSON from the shared editor schema) as plain text and as HTML:
 * what a fastställd version stores, exports and diffs. Unknown nodes keep their text, never their markup.
 */
// Maps, not object literals: a node named "constructor" or "__proto__" must find nothing.
const BLOCK_TAGS = new Map([
  ['paragraph', 'p'],
  ['blockquote', 'blockquote'],
  ['bulletList', 'ul'],
  ['orderedList', 'ol'],
  ['listItem', 'li'],
  ['table', 'table'],
  ['tableRow', 'tr'],
  ['tableHeader', 'th'],
  ['tableCell', 'td'],
  ['codeBlock', 'pre'],
]);

const MARK_TAGS = new Map([['bold', 'strong'], ['italic', 'em'], ['strike', 's'], ['code', 'code'], ['underline', 'u']]);

/** A whole number from an attribute that an editor may have set to anything; null when it is none. */
function wholeNumber(value: unknown): number | null {
  const number = typeof value === 'number' || typeof value === 'string' ? Number(value) : NaN;
  return Number.isInteger(number) ? number : null;
}

/** A heading's level, 1–6. */
export function headingLevel(node: JSONContent): number {
  return Math.min(6, Math.max(1, wholeNumber(node.attrs?.level) ?? 1));
}

/** Where an ordered list starts counting: 1 unless the list says otherwise, in CommonMark's nine digits. */
export function listStart(node: JSONContent): number {
  const start = wholeNumber(node.attrs?.start);
  return start !== null && start >= 0 && start <= 999_999_999 ? start : 1;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function safeHref(href: unknown): string | null {
  if (typeof href !== 'string') return null;
  return /^(https?:|mailto:)/i.test(href.trim()) ? href.trim() : null;
}

function textHtml(node: JSONContent): string {
  let html = escapeHtml(node.text ?? '');
  for (const mark of node.marks ?? []) {
    if (mark.type === 'link') {
      const href = safeHref(mark.attrs?.href);
      if (href) html = `<a href="${escapeHtml(href)}">${html}</a>`;
    } else {
      const tag = MARK_TAGS.get(mark.type);
      if (tag) html = `<${tag}>${html}</${tag}>`;
    }
  }
  return html;
}

export function renderHtml(node: JSONContent): string {
  const inner = () => (node.content ?? []).map(renderHtml).join('');
  switch (node.type) {
    case 'doc':
      return inner();
    case 'text':
      return textHtml(node);
    case 'hardBreak':
      return '<br>';
    case 'horizontalRule':
      return '<hr>';
    case 'heading': {
      const level = headingLevel(node);
      return `<h${level}>${inner()}</h${level}>`;
    }
    case 'table':
      return `<table><tbody>${inner()}</tbody></table>`;
    default: {
      const tag = node.type ? BLOCK_TAGS.get(node.type) : undefined;
      return tag ? `<${tag}>${inner()}</${tag}>` : inner();
    }
  }
}

const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'codeBlock', 'blockquote', 'horizontalRule']);

/** Plain text: one line per block, list items prefixed, table cells separated by tabs. */
export function renderText(node: JSONContent): string {
  const lines: string[] = [];
  const inline = (n: JSONContent): string => {
    if (n.type === 'text') return n.text ?? '';
    if (n.type === 'hardBreak') return '\n';
    return (n.content ?? []).map(inline).join('');
  };
  const walk = (n: JSONContent, prefix: string) => {
    if (n.type === 'tableRow') {
      lines.push(prefix + (n.content ?? []).map((cell) => inline(cell).trim()).join('\t'));
      return;
    }
    if (n.type && TEXT_BLOCKS.has(n.type)) {
      lines.push(prefix + inline(n));
      return;
    }
    if (n.type === 'listItem') {
      for (const [index, child] of (n.content ?? []).entries()) walk(child, index === 0 ? `${prefix}– ` : `${prefix}  `);
      return;
    }
    for (const child of n.content ?? []) walk(child, prefix);
  };
  walk(node, '');
  return lines.join('\n');
}
