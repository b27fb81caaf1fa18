import type { ReactNode } from 'react';

/** A form's or page's error, announced at once; the element stays so later errors are announced too. */
export function ErrorAlert({ id, message }: { id?: string; message: string | null | undefined }) {
  return (
    <div id={id} role="alert" className={message ? 'alert alert-error' : 'alert-empty'}>
      {message}
    </div>
  );
}

/** A polite status line for what just happened ("Ändringarna är sparade."). */
export function StatusMessage({ children }: { children: ReactNode }) {
  return (
    <p role="status" className={children ? 'status-message' : 'alert-empty'}>
      {children}
    </p>
  );
}
