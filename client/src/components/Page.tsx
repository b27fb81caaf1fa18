import { useEffect, useId, useRef, type ReactNode } from 'react';
import { t } from '../../../shared/i18n';
import { navigationCount } from '../router/history';

// The first page after a full load keeps the browser's own focus (at the top, before the skip link);
// every page shown after a route change gets focus on its h1, so screen readers announce it. Keyed by
// navigation, not by mount, so React's StrictMode (mounting twice in development) changes nothing.
let firstPageNavigation: number | undefined;

/** A routed page: its h1 (focused after navigation) and the document title. */
export function Page({ title, children, wide = false }: { title: string; children: ReactNode; wide?: boolean }) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = t('app.documentTitle', { page: title });
  }, [title]);

  useEffect(() => {
    firstPageNavigation ??= navigationCount();
    if (navigationCount() !== firstPageNavigation) heading.current?.focus();
  }, []);

  return (
    <section aria-labelledby={headingId} className={wide ? 'page page-wide' : 'page'}>
      <h1 id={headingId} ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </section>
  );
}
