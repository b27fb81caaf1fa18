import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect } from 'react';
import { BODY_FRAGMENT } from '../../../shared/comments/model';
import type { DocumentType } from '../../../shared/domain/documents';
import { editorExtensions } from '../../../shared/editor/extensions';
import { t } from '../../../shared/i18n';
import { CommentHighlights } from '../comments/comment-highlights';
import { useComments } from '../comments/CommentsContext';
import type { CollabRoom } from './collab-room';
import { renderCaret } from './caret';
import { templateHints } from './template-hints';
import { Toolbar } from './Toolbar';

export interface EditorUser {
  id: string;
  name: string;
  color: string;
}

/**
 * The document body (XmlFragment 'body') with everyone's carets; never given `content`: Yjs is the source.
 * A document's type brings its template's guidance, shown as hints on the empty paragraphs it belongs to.
 */
export function BodyEditor({ room, user, editable, documentType }: { room: CollabRoom; user: EditorUser; editable: boolean; documentType?: DocumentType }) {
  const comments = useComments();
  const editor = useEditor(
    {
      extensions: [
        ...editorExtensions(),
        ...(documentType ? [templateHints(documentType)] : []),
        Collaboration.configure({ document: room.ydoc, field: 'body' }),
        CollaborationCaret.configure({ provider: room.provider, user, render: renderCaret }),
        CommentHighlights.configure({ controller: comments?.controller ?? null, fragment: BODY_FRAGMENT, place: () => t('comments.find.inBody') }),
      ],
      editable,
      editorProps: {
        attributes: { role: 'textbox', 'aria-multiline': 'true', 'aria-label': t('editor.label'), class: 'editor-body' },
      },
    },
    [room, documentType],
  );

  useEffect(() => {
    if (editor && editor.isEditable !== editable) editor.setEditable(editable);
  }, [editor, editable]);

  return (
    <div className="editor" data-testid="body-editor">
      {editable && <Toolbar editor={editor} />}
      <EditorContent editor={editor} />
    </div>
  );
}
