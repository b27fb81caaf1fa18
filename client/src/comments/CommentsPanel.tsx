import './comments.css';
import { useEffect, useId, useRef, useState } from 'react';
import { isOpen, type ThreadView } from '../../../shared/comments/model';
import { t } from '../../../shared/i18n';
import { createThread } from '../api/comments';
import type { DocumentView } from '../../../shared/api/documents';
import { StatusMessage } from '../components/Alerts';
import { useMe } from '../session/SessionContext';
import type { CommentsController } from './comments-controller';
import { useCommentsSnapshot } from './CommentsContext';
import { CommentForm } from './CommentForm';
import { FindTextForm } from './FindTextForm';
import { discussionCan } from './permissions';
import { ThreadItem } from './ThreadItem';
import { useCommentShortcut } from './useCommentShortcut';
import { useLiveThreads } from './useLiveThreads';
import { mentionsChanged } from './useUnreadMentions';

type Filter = 'open' | 'resolved' | 'all';
const FILTERS: Filter[] = ['open', 'resolved', 'all'];
const shows = (filter: Filter, thread: ThreadView) => filter === 'all' || (filter === 'open') === isOpen(thread);

interface CommentsPanelProps {
  document: DocumentView;
  controller: CommentsController;
  canComment: boolean;
  /** Whether the text is read-only here: then a click on highlighted words moves focus to the thread. */
  textEditable: boolean;
}

/** "Kommentarer" beside the text: start a thread on the selection, and every thread, live from the comments room. */
export function CommentsPanel({ document, controller, canComment, textEditable }: CommentsPanelProps) {
  const me = useMe();
  const headingId = useId();
  const filterName = useId();
  const hintId = useId();
  const snapshot = useCommentsSnapshot(controller);
  const [filter, setFilter] = useState<Filter>('open');
  const [status, setStatus] = useState('');
  const [focusId, setFocusId] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  useLiveThreads(document.id, controller);
  const may = discussionCan(me, document);
  const { threads, activeId, activeFrom, draft, find, gone } = snapshot;

  // "Kommentera" (or Ctrl+Alt+M): on the selected words, or with nothing selected, ask which words.
  const start = () => {
    if (!controller.startFromSelection()) controller.openFind();
  };
  useCommentShortcut(start, canComment);
  const backToStart = () => requestAnimationFrame(() => startRef.current?.focus());

  // A thread just chosen (in the text, or by a link) is shown even when the filter would hide it.
  const shownActive = useRef<string | null>(null);
  const active = threads.find((thread) => thread.id === activeId);
  useEffect(() => {
    if (!active || shownActive.current === active.id) return;
    shownActive.current = active.id;
    setFilter((current) => (shows(current, active) ? current : 'all'));
  }, [active]);

  // A link from "Att läsa" names its thread in the address (#trad-<id>): show that one once it arrives.
  const linked = useRef(window.location.hash.startsWith('#trad-') ? window.location.hash.slice('#trad-'.length) : null);
  useEffect(() => {
    const wanted = linked.current;
    if (!wanted || !threads.some((thread) => thread.id === wanted)) return;
    linked.current = null;
    controller.setActive(wanted, 'panel');
  }, [threads, controller]);

  // A new comment that mentions me here: let the header's "Att läsa" count it now.
  const mentionsOfMe = threads.reduce((count, thread) => count + thread.comments.filter((c) => c.mentions.some((m) => m.id === me.user.id)).length, 0);
  useEffect(() => {
    if (mentionsOfMe > 0) mentionsChanged();
  }, [mentionsOfMe]);

  const visible = threads.filter((thread) => shows(filter, thread));
  const isGone = (thread: ThreadView) => thread.anchor.kind === 'text' && gone.has(thread.id);

  return (
    <aside className="comments-panel" aria-labelledby={headingId} data-testid="comments-panel">
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('comments.heading')}
      </h2>
      {canComment && (
        <div className="comments-start">
          <button
            ref={startRef}
            type="button"
            aria-keyshortcuts="Control+Alt+M"
            aria-describedby={hintId}
            onMouseDown={(event) => event.preventDefault()}
            onClick={start}
          >
            {t('comments.comment')}
          </button>
          <p id={hintId} className="hint">
            {t('comments.shortcutHint')}
          </p>
        </div>
      )}
      {canComment && find && (
        <FindTextForm
          controller={controller}
          opened={find}
          onCancel={() => {
            controller.closeFind();
            backToStart();
          }}
        />
      )}
      {canComment && draft && (
        <section className="thread is-draft" aria-label={t('comments.newThread')} data-testid="new-thread">
          <h3 className="thread-heading">{t('comments.newThread')}</h3>
          <div className="thread-quote">
            <p className="visually-hidden">{t(draft.anchor.kind === 'text' ? 'comments.quote' : 'comments.quoteGoal')}</p>
            <blockquote>{draft.anchor.quote}</blockquote>
          </div>
          <CommentForm
            label={t('comments.body')}
            submitLabel={t('comments.send')}
            autoFocus
            focusKey={draft}
            onSubmit={async (input) => {
              const thread = await createThread(document.id, draft.anchor, input);
              controller.upsertThread(thread);
              controller.cancelDraft();
              setFilter((current) => (current === 'resolved' ? 'open' : current));
              controller.setActive(thread.id, 'panel');
              setFocusId(thread.id);
              setStatus(t('comments.created'));
            }}
            onCancel={() => {
              controller.cancelDraft();
              backToStart();
            }}
          />
        </section>
      )}
      <fieldset className="comments-filter">
        <legend>{t('comments.filter')}</legend>
        {FILTERS.map((value) => (
          <label key={value}>
            <input type="radio" name={filterName} value={value} checked={filter === value} onChange={() => setFilter(value)} />
            {t(`comments.filter.${value}`)}
          </label>
        ))}
      </fieldset>
      <StatusMessage>{status}</StatusMessage>
      {visible.length === 0 ? (
        <p className="comments-none">{t(`comments.none.${filter}`)}</p>
      ) : (
        <ul className="threads" aria-labelledby={headingId}>
          {visible.map((thread) => (
            <ThreadItem
              key={thread.id}
              thread={thread}
              controller={controller}
              may={may}
              active={thread.id === activeId}
              gone={isGone(thread)}
              takeFocus={thread.id === focusId || (activeFrom === 'editor' && !textEditable)}
              onDone={(message, focusGone) => {
                setStatus(message);
                // Resolved under "Öppna", the thread leaves the list: focus goes to the panel's heading.
                if (focusGone) requestAnimationFrame(() => window.document.activeElement === window.document.body && headingRef.current?.focus());
              }}
            />
          ))}
        </ul>
      )}
    </aside>
  );
}
