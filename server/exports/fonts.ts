import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * DejaVu Sans from the dejavu-fonts-ttf package, embedded in every PDF so å, ä, ö (and –, §) are real,
 * extractable text. Resolved through Node's module resolution from this module's URL, which works both
 * from source (tsx, vitest) and from the esbuild bundle in dist/server, where node_modules stays external.
 */
const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');

export const FONTS = {
  regular: join(fontDir, 'DejaVuSans.ttf'),
  bold: join(fontDir, 'DejaVuSans-Bold.ttf'),
  italic: join(fontDir, 'DejaVuSans-Oblique.ttf'),
  boldItalic: join(fontDir, 'DejaVuSans-BoldOblique.ttf'),
} as const;
export type FontStyle = keyof typeof FONTS;
