import { isOpen, type ThreadView } from '../../shared/comments/model';
import { t } from '../../shared/i18n';
import { swedishDate, type ExportThread } from './model';

/** The open threads, oldest first, with their comments that are not deleted ("Anna Ek, 2027-10-14"). */
export function exportThreads(threads: ThreadView[]): ExportThread[] {
  return threads.filter(isOpen).map((thread) => ({
    quote: thread.anchor.quote,
    comments: thread.comments
      .filter((comment) => !comment.deleted)
      .map((comment) => ({ byline: t('export.commentBy', { author: comment.author.name, date: swedishDate(new Date(comment.createdAt)) }), body: comment.body })),
  }));
}
