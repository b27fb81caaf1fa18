import { useEffect, useId, useRef, useState } from 'react';
import { isOpen, type ThreadView } from '../../../shared/comments/model';
import { t } from '../../../shared/i18n';
import { replyToThread, resolveThread } from '../api/comments';
import { ErrorAlert } from '../components/Alerts';
import { useSubmit } from '../forms/useSubmit';
import { formatDateTime } from '../documents/labels';
import type { CommentsController } from './comments-controller';
import { CommentForm } from './CommentForm';
import { CommentItem } from './CommentItem';
import type { DiscussionCan } from './permissions';

interface ThreadItemProps {
  thread: ThreadView;
  controller: CommentsController;
  may: DiscussionCan;
  active: boolean;
  /** The words were there and are gone now ("texten är borttagen"). */
  gone: boolean;
  /** Move keyboard focus here (a new thread, or one chosen by clicking its words in a read-only text). */
  takeFocus: boolean;
  /** Something was done here; `focusGone` when the thread left the list (resolved under "Öppna"). */
  onDone(message: string, focusGone?: boolean): void;
}

function Quote({ thread, gone }: { thread: ThreadView; gone: boolean }) {
  const anchor = thread.anchor;
  if (gone) {
    return (
      <div className="thread-quote is-gone" data-testid="thread-gone">
        <p className="thread-gone-label">{t('comments.textGoneQuote')}</p>
        <blockquote>{anchor.quote}</blockquote>
      </div>
    );
  }
  const label = anchor.kind === 'text' ? 'comments.quote' : anchor.indicatorId ? 'comments.quoteIndicator' : 'comments.quoteGoal';
  return (
    <div className="thread-quote">
      <p className="visually-hidden">{t(label)}</p>
      <blockquote data-testid="thread-quote">{anchor.quote}</blockquote>
    </div>
  );
}

/** One thread: what it points at, its comments, a reply form, and resolve or reopen. */
export function ThreadItem({ thread, controller, may, active, gone, takeFocus, onDone }: ThreadItemProps) {
  const headingId = useId();
  const ref = useRef<HTMLElement>(null);
  const [replying, setReplying] = useState(false);
  const { busy, error, run } = useSubmit();
  const open = isOpen(thread);
  const mayReply = open && may('thread.reply', 'thread', thread.createdBy.id);
  const mayResolve = may('thread.resolve', 'thread', thread.createdBy.id);

  useEffect(() => {
    if (!active) return;
    ref.current?.scrollIntoView({ block: 'nearest' });
    if (takeFocus) ref.current?.focus();
  }, [active, takeFocus]);

  // A form or button that had focus is gone after a reply, edit or delete: keep focus on the thread.
  const done = (message: string) => {
    onDone(message);
    requestAnimationFrame(() => ref.current?.focus());
  };

  const toggleResolved = () =>
    run(async () => {
      controller.upsertThread(await resolveThread(thread.id, open));
      onDone(t(open ? 'comments.resolvedDone' : 'comments.reopenedDone'), true);
    });

  return (
    <li>
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: a click anywhere is a pointer shortcut; by keyboard the thread's own buttons ("Visa i texten", reply) do the same */}
      <article
        ref={ref}
        tabIndex={-1}
        className={`thread${active ? ' is-active' : ''}${open ? '' : ' is-resolved'}`}
        aria-labelledby={headingId}
        data-testid="thread"
        data-thread-id={thread.id}
        onClick={() => controller.setActive(thread.id, 'panel')}
      >
        <h3 id={headingId} className="thread-heading">
          {t('comments.thread', { name: thread.createdBy.name })}
          <span className={`tag thread-state${open ? '' : ' is-resolved'}`}>{open ? t('comments.openState') : t('comments.resolvedState')}</span>
        </h3>
        <Quote thread={thread} gone={gone} />
        {thread.anchor.kind === 'text' && !gone && (
          <button type="button" className="button-small" onClick={() => controller.revealInText(thread)}>
            {t('comments.showInText')}
          </button>
        )}
        <ol className="comments" aria-labelledby={headingId}>
          {thread.comments.map((comment) => (
            <CommentItem key={comment.id} comment={comment} may={may} onDone={done} />
          ))}
        </ol>
        {!open && thread.resolvedBy && thread.resolvedAt && (
          <p className="thread-resolved" data-testid="thread-resolved">
            {t('comments.resolvedBy', { name: thread.resolvedBy.name, date: formatDateTime(thread.resolvedAt) })}
          </p>
        )}
        {replying && mayReply ? (
          <CommentForm
            label={t('comments.replyLabel', { name: thread.createdBy.name })}
            submitLabel={t('comments.send')}
            autoFocus
            onSubmit={async (input) => {
              await replyToThread(thread.id, input);
              setReplying(false);
              done(t('comments.replied'));
            }}
            onCancel={() => setReplying(false)}
          />
        ) : (
          <div className="thread-actions">
            {mayReply && (
              <button type="button" className="button-small" onClick={() => setReplying(true)}>
                {t('comments.reply')}
              </button>
            )}
            {mayResolve && (
              <button type="button" className="button-small" disabled={busy} onClick={() => void toggleResolved()}>
                {open ? t('comments.resolve') : t('comments.reopen')}
              </button>
            )}
          </div>
        )}
        <ErrorAlert message={error} />
      </article>
    </li>
  );
}
