import { useEffect, useId, useRef, useState } from 'react';
import { t } from '../../../shared/i18n';

/** A generated password, shown this once: the admin hands it over, then hides it. */
export function OneTimePassword({ name, password, onDismiss }: { name: string; password: string; onDismiss(): void }) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => heading.current?.focus(), []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(password);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  return (
    <section aria-labelledby={headingId} className="one-time-password" data-testid="one-time-password">
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {t('admin.users.oneTime.heading', { name })}
      </h3>
      <p className="password-value">
        <code>{password}</code>
      </p>
      <p>{t('admin.users.oneTime.note', { name })}</p>
      <div className="actions">
        {typeof navigator !== 'undefined' && navigator.clipboard && (
          <button type="button" onClick={copy}>
            {t('admin.users.oneTime.copy')}
          </button>
        )}
        <button type="button" onClick={onDismiss}>
          {t('admin.users.oneTime.dismiss')}
        </button>
      </div>
      <p role="status" className={copied ? 'status-message' : 'alert-empty'}>
        {copied ? t('admin.users.oneTime.copied') : ''}
      </p>
    </section>
  );
}
