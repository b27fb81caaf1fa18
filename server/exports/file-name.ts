import type { ExportFormat } from './model';

/** Letters without diacritics (å → a, é → e), dashes for everything else: safe in any file system. */
export function asciiFold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120)
    .replace(/-+$/, '');
}

/** `title` + `-suffix` as a download's file name: as typed where a system allows it, and its ASCII twin. */
export function fileNames(title: string, fallback: string, suffix: string) {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what a file name must not hold
  const readable = title.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').trim() || fallback;
  return { ascii: `${asciiFold(title) || fallback}-${suffix}`, utf8: `${readable}-${suffix}` };
}

/** "Mål för BUN" v1 decided 2027-10-14 → "Mål för BUN-v1-2027-10-14.pdf" (and its ASCII twin). */
export function exportFileNames(title: string, number: number, decisionDate: string, format: ExportFormat) {
  return fileNames(title, 'dokument', `v${number}-${decisionDate}.${format}`);
}

/** RFC 6266: an ASCII `filename` for old clients and the real name as `filename*` (RFC 5987). */
export function contentDisposition(names: { ascii: string; utf8: string }): string {
  const encoded = encodeURIComponent(names.utf8).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${names.ascii}"; filename*=UTF-8''${encoded}`;
}
