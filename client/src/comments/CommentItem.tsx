import { useState } from 'react';
import type { CommentView } from '../../../shared/comments/model';
import { t } from '../../../shared/i18n';
import { deleteComment, editComment } from '../api/comments';
import { ErrorAlert } from '../components/Alerts';
import { ConfirmInline } from '../components/ConfirmInline';
import { useSubmit } from '../forms/useSubmit';
import { formatDateTime } from '../documents/labels';
import { CommentForm } from './CommentForm';
import { CommentText } from './CommentText';
import type { DiscussionCan } from './permissions';

interface CommentItemProps {
  comment: CommentView;
  may: DiscussionCan;
  onDone(message: string): void;
}

/** One comment: who, when, the text (or "Kommentaren togs bort"), and edit/delete for its author. */
export function CommentItem({ comment, may, onDone }: CommentItemProps) {
  const [mode, setMode] = useState<'view' | 'edit' | 'delete'>('view');
  const { busy, error, run } = useSubmit();
  const mayEdit = !comment.deleted && may('comment.edit', 'comment', comment.author.id);
  const mayDelete = !comment.deleted && may('comment.delete', 'comment', comment.author.id);

  const remove = () =>
    run(async () => {
      await deleteComment(comment.id);
      setMode('view');
      onDone(t('comments.removed'));
    });

  return (
    <li className="comment" data-testid="comment">
      <p className="comment-meta">
        <span className="comment-author">{comment.author.name}</span>{' '}
        <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt)}</time>
        {comment.editedAt && !comment.deleted && <span className="comment-edited"> {t('comments.edited')}</span>}
      </p>
      {comment.deleted ? (
        <p className="comment-deleted">{t('comments.deleted')}</p>
      ) : mode === 'edit' ? (
        <CommentForm
          label={t('comments.editLabel')}
          submitLabel={t('comments.save')}
          initialBody={comment.body}
          initialMentions={comment.mentions}
          autoFocus
          onSubmit={async (input) => {
            await editComment(comment.id, input);
            setMode('view');
            onDone(t('comments.saved'));
          }}
          onCancel={() => setMode('view')}
        />
      ) : (
        <CommentText text={comment.body} />
      )}
      {!comment.deleted && comment.mentions.length > 0 && mode !== 'edit' && (
        <p className="comment-mentions">{t('comments.mentions', { names: comment.mentions.map((m) => m.name).join(', ') })}</p>
      )}
      {mode === 'view' && (mayEdit || mayDelete) && (
        <div className="comment-actions">
          {mayEdit && (
            <button type="button" className="button-small" onClick={() => setMode('edit')}>
              {t('comments.edit')}
            </button>
          )}
          {mayDelete && (
            <button type="button" className="button-small" onClick={() => setMode('delete')}>
              {t('comments.delete')}
            </button>
          )}
        </div>
      )}
      {mode === 'delete' && (
        <ConfirmInline question={t('comments.deleteConfirm')} confirmLabel={t('comments.delete')} busy={busy} onConfirm={() => void remove()} onCancel={() => setMode('view')} />
      )}
      <ErrorAlert message={error} />
    </li>
  );
}
