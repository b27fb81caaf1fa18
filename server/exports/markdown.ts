import type { JSONContent } from '@tiptap/core';
import { headingLevel, listStart } from '../../shared/documents/render';
import { t } from '../../shared/i18n';
import { goalSummary } from './goal-rows';
import { headerRows, type ExportThread, type ExportVersion } from './model';

/** Backslash-escapes what Markdown would read as markup anywhere in a line. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    // "&amp;" would be read as an entity and shown as "&"; a lone "&" is left readable.
    .replace(/&(?=#?\w+;)/g, '\\&')
    // At a line's start these open a heading, a quote, a list item or a setext underline.
    .replace(/^(\s*)([#>+=-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

// A Map, so a mark named "constructor" or "__proto__" finds nothing.
const MARKS = new Map([['bold', '**'], ['italic', '_'], ['strike', '~~']]);

/** The longest run of backticks in `text`: a code span or fence must be longer to hold it (CommonMark). */
function longestBacktickRun(text: string): number {
  return (text.match(/`+/g) ?? []).reduce((longest, run) => Math.max(longest, run.length), 0);
}

/** Inline code as a CommonMark code span: delimiters longer than any backtick run inside, on one line. */
function codeSpan(code: string): string {
  // A line break would end the paragraph's line, and the next line could open a block (even raw HTML).
  const text = code.replace(/\r\n?|\n/g, ' ');
  const fence = '`'.repeat(longestBacktickRun(text) + 1);
  // The reader strips one space each side (the text itself is trimmed), so a backtick at either end stays off the fence.
  return /^`|`$/.test(text) ? `${fence} ${text} ${fence}` : fence + text + fence;
}

/** A fenced code block whose fence is longer than any backtick run inside, so no line of the code can close it. */
function codeBlock(code: string): string {
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(code) + 1));
  return `${fence}\n${code}\n${fence}`;
}

function safeHref(href: unknown): string | null {
  if (typeof href !== 'string' || !/^(https?:|mailto:)/i.test(href.trim())) return null;
  return href.trim().replace(/[ ()<>]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

function textMarkdown(node: JSONContent): string {
  const raw = node.text ?? '';
  // Emphasis must hug its text: "** fet**" is not bold, so whitespace moves outside the markers.
  const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(raw) ?? [];
  if (!core) return raw;
  const marks = node.marks ?? [];
  let out = marks.some((m) => m.type === 'code') ? codeSpan(core) : escapeMarkdown(core);
  for (const mark of marks) {
    const marker = MARKS.get(mark.type);
    if (marker) out = `${marker}${out}${marker}`;
  }
  const link = marks.find((m) => m.type === 'link');
  const href = link ? safeHref(link.attrs?.href) : null;
  if (href) out = `[${out}](${href})`;
  return lead + out + trail;
}

function inline(node: JSONContent): string {
  if (node.type === 'text') return textMarkdown(node);
  if (node.type === 'hardBreak') return '\\\n';
  return (node.content ?? []).map(inline).join('');
}

/** A GFM table; cell lines become <br> because a table row is one line. */
function markdownTable(header: string[], rows: string[][]): string {
  const cell = (text: string) => escapeMarkdown(text).replace(/\n/g, '<br>') || ' ';
  const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), `|${header.map(() => ' --- ').join('|')}|`, ...rows.map(line)].join('\n');
}

function cellText(cell: JSONContent): string {
  return (cell.content ?? []).map((block) => (block.content ?? []).map((n) => (n.type === 'text' ? (n.text ?? '') : '')).join('')).join('\n');
}

function block(node: JSONContent): string {
  const children = (n: JSONContent) => (n.content ?? []).map(block).filter(Boolean);
  switch (node.type) {
    case 'doc':
      return children(node).join('\n\n');
    case 'heading':
      return `${'#'.repeat(headingLevel(node))} ${inline(node)}`;
    case 'paragraph':
      return inline(node);
    case 'blockquote':
      return children(node).join('\n\n').replace(/^/gm, '> ');
    case 'codeBlock':
      return codeBlock((node.content ?? []).map((n) => n.text ?? '').join(''));
    case 'horizontalRule':
      return '---';
    case 'bulletList':
    case 'orderedList':
      return (node.content ?? [])
        .map((item, index) => {
          const marker = node.type === 'bulletList' ? '- ' : `${index + listStart(node)}. `;
          // Continuation lines (a second paragraph, a nested list) align under the item's text.
          const body = (item.content ?? []).map((child) => block(child)).join('\n');
          return marker + body.replace(/\n/g, `\n${' '.repeat(marker.length)}`);
        })
        .join('\n');
    case 'table': {
      const rows = (node.content ?? []).map((row) => (row.content ?? []).map(cellText));
      const width = Math.max(1, ...rows.map((r) => r.length));
      const pad = (r: string[]) => [...r, ...Array<string>(width - r.length).fill('')];
      return rows.length ? markdownTable(pad(rows[0]!), rows.slice(1).map(pad)) : '';
    }
    default:
      return node.content ? children(node).join('\n\n') : inline(node);
  }
}

/** The version as Markdown: title, the decision header, the body, then goals with indicator tables. */
export function renderMarkdown(version: ExportVersion): string {
  const parts = [`# ${escapeMarkdown(version.title)}`, headerRows(version).map(([label, value]) => `**${label}:** ${escapeMarkdown(value)}  `).join('\n')];
  parts.push('---', block(version.content));
  if (version.goals.length) parts.push(`## ${t('export.goals')}`);
  for (const goal of version.goals) {
    const summary = goalSummary(goal, version);
    parts.push(`### ${escapeMarkdown(summary.title)}`);
    parts.push(summary.fields.map(([label, value]) => `**${label}:** ${escapeMarkdown(value).replace(/\n/g, '  \n')}  `).join('\n'));
    parts.push(`#### ${t('export.indicators')}`);
    parts.push(summary.indicatorRows.length ? markdownTable(summary.indicatorHeader, summary.indicatorRows) : t('export.noIndicators'));
  }
  if (version.openThreads) parts.push(...openThreadsMarkdown(version.openThreads));
  return `${parts.filter(Boolean).join('\n\n')}\n`;
}

/** The appendix: each open thread's quoted words, then its comments with author and date. */
function openThreadsMarkdown(threads: ExportThread[]): string[] {
  const parts = [`## ${t('export.openComments')}`];
  if (threads.length === 0) parts.push(t('export.noOpenComments'));
  for (const thread of threads) {
    parts.push(thread.quote ? `> ${escapeMarkdown(thread.quote).replace(/\n/g, '\n> ')}` : '');
    for (const comment of thread.comments) parts.push(`**${escapeMarkdown(comment.byline)}:** ${escapeMarkdown(comment.body).replace(/\n/g, '  \n')}`);
    parts.push('---');
  }
  return parts;
}
