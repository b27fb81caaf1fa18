import type { Editor } from '@tiptap/react';
import { useEffect, useId, useRef, useState } from 'react';
import { t } from '../../../shared/i18n';

/** Sets or removes the link on the selection; Escape closes it and returns to the text. */
export function LinkForm({ editor, onDone }: { editor: Editor; onDone(): void }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [href, setHref] = useState(() => (editor.getAttributes('link').href as string | undefined) ?? '');
  useEffect(() => input.current?.focus(), []);

  const finish = (url: string) => {
    const chain = editor.chain().focus().extendMarkRange('link');
    if (url.trim()) chain.setLink({ href: url.trim() }).run();
    else chain.unsetLink().run();
    onDone();
  };

  return (
    <form
      className="inline-form link-form"
      onSubmit={(event) => {
        event.preventDefault();
        finish(href);
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        editor.commands.focus();
        onDone();
      }}
    >
      <label htmlFor={id}>{t('editor.link.prompt')}</label>
      <input id={id} ref={input} type="url" value={href} onChange={(event) => setHref(event.target.value)} />
      <button type="submit">{t('editor.link.apply')}</button>
      <button type="button" onClick={() => finish('')}>
        {t('editor.link.remove')}
      </button>
    </form>
  );
}
