import Collaboration from '@tiptap/extension-collaboration';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useRef } from 'react';
import type * as Y from 'yjs';
import { viljeinriktningFragment } from '../../../shared/comments/model';
import { editorExtensions } from '../../../shared/editor/extensions';
import { t } from '../../../shared/i18n';
import { CommentHighlights } from '../comments/comment-highlights';
import { useComments } from '../comments/CommentsContext';

interface ViljeinriktningEditorProps {
  goalId: string;
  /** The goal's name as shown, for naming this text in the comments' search. */
  goalName: string;
  fragment: Y.XmlFragment;
  editable: boolean;
  labelledBy: string;
  describedBy: string;
}

/** The goal's viljeinriktning: a small rich-text editor on its own fragment (no carets here). */
export function ViljeinriktningEditor({ goalId, goalName, fragment, editable, labelledBy, describedBy }: ViljeinriktningEditorProps) {
  const comments = useComments();
  const name = useRef(goalName);
  useEffect(() => {
    name.current = goalName;
  }, [goalName]);
  const editor = useEditor(
    {
      extensions: [
        ...editorExtensions(),
        Collaboration.configure({ fragment }),
        CommentHighlights.configure({ controller: comments?.controller ?? null, fragment: viljeinriktningFragment(goalId), place: () => t('comments.find.inGoal', { name: name.current }) }),
      ],
      editable,
      editorProps: {
        attributes: { role: 'textbox', 'aria-multiline': 'true', 'aria-labelledby': labelledBy, 'aria-describedby': describedBy, class: 'editor-body editor-small' },
      },
    },
    [fragment],
  );
  useEffect(() => {
    if (editor && editor.isEditable !== editable) editor.setEditable(editable);
  }, [editor, editable]);
  return <EditorContent editor={editor} />;
}
