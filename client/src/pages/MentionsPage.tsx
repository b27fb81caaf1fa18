import { useState } from 'react';
import { t } from '../../../shared/i18n';
import { markMentionRead } from '../api/comments';
import type { MentionView } from '../../../shared/api/comments';
import { messageOf } from '../api/http';
import { ErrorAlert, StatusMessage } from '../components/Alerts';
import { Page } from '../components/Page';
import { CommentText } from '../comments/CommentText';
import { mentionsChanged, useMentions } from '../comments/useUnreadMentions';
import { queryClient } from '../query/query-client';
import { queryKeys } from '../query/query-keys';
import { useSubmit } from '../forms/useSubmit';
import { formatDateTime } from '../documents/labels';
import { Link } from '../router/Link';
import { paths } from '../router/paths';

/** /att-lasa: the comments where someone mentioned the signed-in user, newest first, with links to their threads. */
export function MentionsPage() {
  const query = useMentions();
  const mentions = query.data ? [...query.data].sort((a, b) => b.createdAt.localeCompare(a.createdAt)) : null;
  const submit = useSubmit();
  const error = submit.error ?? (query.error ? messageOf(query.error) : null);
  const [status, setStatus] = useState('');

  const markRead = (mention: MentionView) =>
    submit.run(async () => {
      await markMentionRead(mention.id);
      queryClient.setQueryData<MentionView[]>(queryKeys.mentions, (current) => current?.map((m) => (m.id === mention.id ? { ...m, readAt: new Date().toISOString() } : m)));
      setStatus(t('mentions.markedRead'));
      mentionsChanged();
    });

  return (
    <Page title={t('mentions.heading')}>
      <p>{t('mentions.intro')}</p>
      <ErrorAlert message={error} />
      <StatusMessage>{status}</StatusMessage>
      {mentions === null ? (
        !error && <p role="status">{t('app.loading')}</p>
      ) : mentions.length === 0 ? (
        <p>{t('mentions.none')}</p>
      ) : (
        <ul className="mentions" data-testid="mentions">
          {mentions.map((mention) => (
            <li key={mention.id} className={mention.readAt ? 'mention is-read' : 'mention'} data-testid="mention">
              <p>
                <span className={mention.readAt ? 'tag' : 'tag tag-unread'}>{mention.readAt ? t('mentions.read') : t('mentions.unread')}</span>{' '}
                {t('mentions.from', { name: mention.comment.author.name, title: mention.documentTitle, date: formatDateTime(mention.createdAt) })}
              </p>
              {mention.comment.deleted ? <p className="comment-deleted">{t('comments.deleted')}</p> : <CommentText text={mention.comment.body} />}
              <p className="row-actions">
                <Link to={paths.document(mention.documentId, mention.threadId)} onClick={() => !mention.readAt && void markRead(mention)}>
                  {t('mentions.open', { title: mention.documentTitle })}
                </Link>
                {!mention.readAt && (
                  <button type="button" className="button-small" onClick={() => void markRead(mention)}>
                    {t('mentions.markRead')}
                  </button>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
