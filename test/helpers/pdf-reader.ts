import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';

/** One element of a tagged PDF's structure tree as poppler prints it, with its depth and its own text. */
export interface StructNode {
  depth: number;
  type: string;
  /** The element's marked-content text (`pdfinfo -struct-text`), its pieces joined. */
  text: string;
  /** Attribute lines (e.g. `/Scope /Column`) and object references (a link's annotation). */
  details: string[];
}

/** Run a poppler tool on the PDF's bytes (pdfinfo reads only files, so they go through a scratch file). */
function poppler(tool: string, args: string[], bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'samsyn-pdf-'));
  try {
    const file = join(dir, 'export.pdf');
    writeFileSync(file, bytes);
    return execFileSync(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])]).toString('utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `pdfinfo`'s "Key: value" lines. */
export function pdfInfo(bytes: Uint8Array): Record<string, string> {
  const lines = poppler('pdfinfo', [], bytes).split('\n');
  return Object.fromEntries(lines.filter((line) => line.includes(':')).map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]));
}

/** The XMP metadata packet. */
export const pdfMetadata = (bytes: Uint8Array): string => poppler('pdfinfo', ['-meta'], bytes);

/** The text of each page in reading order (poppler's layout analysis), one string per page. */
export function pdfPageTexts(bytes: Uint8Array): string[] {
  const pages = Number(pdfInfo(bytes).Pages);
  return Array.from({ length: pages }, (_, index) => poppler('pdftotext', ['-enc', 'UTF-8', '-f', String(index + 1), '-l', String(index + 1)], bytes));
}

/** The structure tree, depth first, as `pdfinfo -struct-text` prints it. */
export function pdfStructure(bytes: Uint8Array): StructNode[] {
  const nodes: StructNode[] = [];
  for (const line of poppler('pdfinfo', ['-struct-text'], bytes).split('\n')) {
    const body = line.trimStart();
    if (body === '') continue;
    const depth = (line.length - body.length) / 2;
    // A text or detail line belongs to the element one level up (a Link's text is its own, not the P's).
    const owner = nodes.findLast((node) => node.depth < depth);
    if (body.startsWith('"')) {
      if (owner) owner.text += body.slice(1, -1);
    } else if (body.startsWith('/') || body.startsWith('Object ')) {
      owner?.details.push(body);
    } else {
      nodes.push({ depth, type: body.split(/[\s:]/)[0]!, text: '', details: [] });
    }
  }
  return nodes;
}

const PAINTING = new Set(['Tj', 'TJ', "'", '"', 'S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'Do', 'sh']);

/**
 * The text-showing and painting operators in the page contents that sit outside every marked-content
 * sequence: content a screen reader can neither read (tagged) nor skip (artifact). Reads pdfkit's
 * Flate-compressed streams, whose text is hex strings, so splitting on spaces finds every operator.
 */
export function untaggedOperators(bytes: Uint8Array): string[] {
  const raw = Buffer.from(bytes);
  const text = raw.toString('latin1');
  const found: string[] = [];
  for (const match of text.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    let content: string;
    try {
      content = inflateSync(raw.subarray(start, text.indexOf('endstream', start))).toString('latin1');
    } catch {
      continue; // not a Flate stream
    }
    if (!/\bBT\b|\bre\b/.test(content)) continue; // a font or metadata, not page content
    let depth = 0;
    for (const token of content.replace(/<[0-9a-fA-F]*>/g, ' ').replace(/[[\]]/g, ' ').split(/\s+/)) {
      if (token === 'BDC' || token === 'BMC') depth += 1;
      else if (token === 'EMC') depth -= 1;
      else if (depth === 0 && PAINTING.has(token)) found.push(token);
    }
  }
  return found;
}

/** The fonts `pdffonts` lists, by name, and whether each is embedded. */
export function pdfFonts(bytes: Uint8Array): Array<{ name: string; embedded: boolean }> {
  const lines = poppler('pdffonts', [], bytes).split('\n').slice(2).filter((line) => line.trim() !== '');
  // Columns: name, type (may hold spaces), encoding, emb, sub, uni, object ID; read from the right.
  return lines.map((line) => {
    const columns = line.trim().split(/\s+/);
    return { name: columns[0]!, embedded: columns.at(-5) === 'yes' };
  });
}
