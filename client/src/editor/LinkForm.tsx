import type { Editor } from '@tiptap/react';
import { useEffect, useId, useRef, useState } from 'react';
import { t } from '../../../shared/i18n';
import { linkAddress } from './link-address';

/** Sets or removes the link on the selection; Escape closes it and returns to the text. */
export function LinkForm({ editor, onDone }: { editor: Editor; onDone(): void }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [href, setHref] = useState(() => (editor.getAttributes('link').href as string | undefined) ?? '');
  useEffect(() => input.current?.focus(), []);

  const [invalid, setInvalid] = useState(false);

  const finish = (url: string) => {
    const href = url.trim() ? linkAddress(url) : '';
    if (href === null) {
      setInvalid(true);
      input.current?.focus();
      return;
    }
    const chain = editor.chain().focus().extendMarkRange('link');
    if (href) chain.setLink({ href }).run();
    else chain.unsetLink().run();
    onDone();
  };

  return (
    <form
      className="inline-form link-form"
      noValidate
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
      <input id={id} ref={input} type="url" value={href} aria-invalid={invalid || undefined} aria-describedby={invalid ? `${id}-error` : undefined} onChange={(event) => setHref(event.target.value)} />
      {invalid && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {t('editor.link.invalid')}
        </p>
      )}
      <button type="submit">{t('editor.link.apply')}</button>
      <button type="button" onClick={() => finish('')}>
        {t('editor.link.remove')}
      </button>
    </form>
  );
}
