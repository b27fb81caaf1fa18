/**
 * The Tiptap extension list shared by client and server: the server builds a document's initial
 * content from its template with this schema, the client edits with it. Collaboration and its caret
 * are client-only and added by the editor component; nothing here touches the DOM at import time.
 */
import type { Extensions } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';

export function editorExtensions(): Extensions {
  return [
    StarterKit.configure({
      // Collaboration brings its own (per-user) undo manager.
      undoRedo: false,
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
      },
    }),
    Table.configure({ resizable: false }),
    TableRow,
    TableHeader,
    TableCell,
  ];
}
