import type { Editor } from '@tiptap/react';
import { t } from '../../../shared/i18n';

export interface ToolbarButton {
  id: string;
  label: string;
  /** What the button shows, drawn by CSS (screen readers and axe read the label alone). */
  icon: string;
  run(editor: Editor): void;
  /** For toggles: whether the selection has it now (aria-pressed). */
  isActive?(editor: Editor): boolean;
}

const heading = (level: 1 | 2 | 3): ToolbarButton => ({
  id: `h${level}`,
  label: t('editor.heading', { level }),
  icon: `R${level}`,
  run: (editor) => editor.chain().focus().toggleHeading({ level }).run(),
  isActive: (editor) => editor.isActive('heading', { level }),
});

export const toolbarButtons: ToolbarButton[] = [
  heading(1),
  heading(2),
  heading(3),
  { id: 'bold', label: t('editor.bold'), icon: 'F', run: (e) => e.chain().focus().toggleBold().run(), isActive: (e) => e.isActive('bold') },
  { id: 'italic', label: t('editor.italic'), icon: 'K', run: (e) => e.chain().focus().toggleItalic().run(), isActive: (e) => e.isActive('italic') },
  { id: 'bullets', label: t('editor.bulletList'), icon: '•', run: (e) => e.chain().focus().toggleBulletList().run(), isActive: (e) => e.isActive('bulletList') },
  { id: 'numbers', label: t('editor.orderedList'), icon: '1.', run: (e) => e.chain().focus().toggleOrderedList().run(), isActive: (e) => e.isActive('orderedList') },
  { id: 'link', label: t('editor.link'), icon: 'Länk', run: () => {}, isActive: (e) => e.isActive('link') },
  { id: 'table', label: t('editor.table'), icon: '▦', run: (e) => e.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run() },
];
