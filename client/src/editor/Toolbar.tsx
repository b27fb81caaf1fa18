import { useEditorState, type Editor } from '@tiptap/react';
import { useRef, useState, type KeyboardEvent } from 'react';
import { t } from '../../../shared/i18n';
import { LinkForm } from './LinkForm';
import { toolbarButtons, type ToolbarButton } from './toolbar-buttons';

/** The formatting toolbar: one tab stop, arrow keys between buttons (WAI-ARIA toolbar pattern). */
export function Toolbar({ editor }: { editor: Editor | null }) {
  const [focusIndex, setFocusIndex] = useState(0);
  const [linkOpen, setLinkOpen] = useState(false);
  const buttonRefs = useRef<Array<HTMLButtonElement | null>>([]);
  const pressed = useEditorState({
    editor,
    selector: ({ editor: current }) => toolbarButtons.map((button) => (current && button.isActive ? button.isActive(current) : false)),
  });
  if (!editor) return null;

  const move = (event: KeyboardEvent) => {
    const last = toolbarButtons.length - 1;
    const targets: Record<string, number> = { ArrowRight: focusIndex + 1, ArrowLeft: focusIndex - 1, Home: 0, End: last };
    const target = targets[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = (target + toolbarButtons.length) % toolbarButtons.length;
    setFocusIndex(next);
    buttonRefs.current[next]?.focus();
  };

  const run = (button: ToolbarButton) => {
    if (button.id === 'link') return setLinkOpen((open) => !open);
    // From the keyboard the text has lost focus: give it back at once (ProseMirror puts its own
    // selection back), so the command's deferred focus finds nothing to change.
    if (!editor.isFocused) editor.view.focus();
    button.run(editor);
  };

  return (
    <div className="editor-toolbar-area">
      <div role="toolbar" aria-label={t('editor.toolbar')} className="editor-toolbar" onKeyDown={move}>
        {toolbarButtons.map((button, index) => (
          <button
            key={button.id}
            ref={(element) => {
              buttonRefs.current[index] = element;
            }}
            type="button"
            tabIndex={index === focusIndex ? 0 : -1}
            aria-pressed={button.isActive ? (pressed?.[index] ?? false) : undefined}
            aria-expanded={button.id === 'link' ? linkOpen : undefined}
            aria-label={button.label}
            title={button.label}
            onMouseDown={(event) => event.preventDefault()}
            onFocus={() => setFocusIndex(index)}
            onClick={() => run(button)}
          >
            <span className="tool-icon" data-icon={button.icon} aria-hidden="true" />
          </button>
        ))}
      </div>
      {linkOpen && <LinkForm editor={editor} onDone={() => setLinkOpen(false)} />}
    </div>
  );
}
