import type { JSONContent } from '@tiptap/core';

/**
 * A document's content (ProseMirror JSON from the shared editor schema) as plain text and as HTML:
 * what a fastställd version stores, exports and diffs. Unknown nodes keep their text, never their markup.
 */
const BLOCK_TAGS: Record<string, string> = {
  paragraph: 'p',
  blockquote: 'blockquote',
  bulletList: 'ul',
  orderedList: 'ol',
  listItem: 'li',
  table: 'table',
  tableRow: 'tr',
  tableHeader: 'th',
  tableCell: 'td',
  codeBlock: 'pre',
};

const MARK_TAGS: Record<string, string> = { bold: 'strong', italic: 'em', strike: 's', code: 'code', underline: 'u' };

export function escapeHtml(text: string): string {
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
    } else if (MARK_TAGS[mark.type]) {
      html = `<${MARK_TAGS[mark.type]}>${html}</${MARK_TAGS[mark.type]}>`;
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
      const level = Math.min(6, Math.max(1, Number(node.attrs?.level ?? 1)));
      return `<h${level}>${inner()}</h${level}>`;
    }
    case 'table':
      return `<table><tbody>${inner()}</tbody></table>`;
    default: {
      const tag = node.type ? BLOCK_TAGS[node.type] : undefined;
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
      (n.content ?? []).forEach((child, index) => walk(child, index === 0 ? `${prefix}– ` : `${prefix}  `));
      return;
    }
    for (const child of n.content ?? []) walk(child, prefix);
  };
  walk(node, '');
  return lines.join('\n');
}
