import Collaboration from '@tiptap/extension-collaboration';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect } from 'react';
import type * as Y from 'yjs';
import { editorExtensions } from '../../../shared/editor/extensions';

interface FollowUpTextEditorProps {
  fragment: Y.XmlFragment;
  editable: boolean;
  labelledBy: string;
}

/** A goal's analysis or actions: a small rich-text editor on its own fragment of the uppföljning. */
export function FollowUpTextEditor({ fragment, editable, labelledBy }: FollowUpTextEditorProps) {
  const editor = useEditor(
    {
      extensions: [...editorExtensions(), Collaboration.configure({ fragment })],
      editable,
      editorProps: {
        attributes: { role: 'textbox', 'aria-multiline': 'true', 'aria-labelledby': labelledBy, class: 'editor-body editor-small' },
      },
    },
    [fragment],
  );
  useEffect(() => {
    if (editor && editor.isEditable !== editable) editor.setEditable(editable);
  }, [editor, editable]);
  return <EditorContent editor={editor} />;
}
