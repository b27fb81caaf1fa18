import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { COMMENT_MAX_LENGTH, type PersonRef } from '../../../shared/comments/model';
import { t } from '../../../shared/i18n';
import type { CommentInput } from '../../../shared/api/comments';
import { ErrorAlert } from '../components/Alerts';
import { useSubmit } from '../forms/useSubmit';
import { loadMembers, mentionedIds, mentionQuery, suggestMembers } from './members';

interface CommentFormProps {
  label: string;
  submitLabel: string;
  initialBody?: string;
  initialMentions?: PersonRef[];
  autoFocus?: boolean;
  /** With autoFocus: focus the text again whenever this changes (a new thread's words were chosen). */
  focusKey?: unknown;
  onSubmit(input: CommentInput): Promise<void>;
  onCancel?(): void;
}

/**
 * A comment's text with @-mentions: typing @ and part of a name lists matching members as buttons
 * (Tab or arrow down reaches them); a chosen member is written as "@Name" and sent by id.
 */
export function CommentForm({ label, submitLabel, initialBody = '', initialMentions = [], autoFocus = false, focusKey, onSubmit, onCancel }: CommentFormProps) {
  const id = useId();
  const [body, setBody] = useState(initialBody);
  const [chosen, setChosen] = useState<PersonRef[]>(initialMentions);
  const [members, setMembers] = useState<PersonRef[]>([]);
  const [query, setQuery] = useState<string | null>(null);
  const { busy, error, setError, run } = useSubmit();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: focusKey changes when the form should take focus again
  useEffect(() => {
    if (autoFocus) textRef.current?.focus();
  }, [autoFocus, focusKey]);
  useEffect(() => {
    if (query !== null && members.length === 0) loadMembers().then(setMembers, () => {});
  }, [query, members.length]);

  const suggestions = query === null ? [] : suggestMembers(members, query);

  const onChange = (value: string, caret: number) => {
    setBody(value);
    setQuery(mentionQuery(value, caret));
  };

  const pick = (member: PersonRef) => {
    const text = textRef.current;
    const caret = text?.selectionStart ?? body.length;
    const before = body.slice(0, caret).replace(/@[^@]*$/u, `@${member.name} `);
    const next = before + body.slice(caret);
    setBody(next);
    setChosen((current) => (current.some((m) => m.id === member.id) ? current : [...current, member]));
    setQuery(null);
    requestAnimationFrame(() => {
      text?.focus();
      text?.setSelectionRange(before.length, before.length);
    });
  };

  const onTextKey = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'ArrowDown' && suggestions.length > 0) {
      event.preventDefault();
      listRef.current?.querySelector('button')?.focus();
    } else if (event.key === 'Escape' && query !== null) {
      event.preventDefault();
      setQuery(null);
    } else if (event.key === 'Escape' && onCancel) {
      event.preventDefault();
      onCancel();
    }
  };

  const onListKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const buttons = [...(listRef.current?.querySelectorAll('button') ?? [])];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = index + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) textRef.current?.focus();
      else buttons[Math.min(next, buttons.length - 1)]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setQuery(null);
      textRef.current?.focus();
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const text = body.trim();
    if (!text) return setError(t('comments.empty'));
    if (text.length > COMMENT_MAX_LENGTH) return setError(t('comments.tooLong', { max: COMMENT_MAX_LENGTH }));
    await run(async () => {
      await onSubmit({ body: text, mentions: mentionedIds(text, chosen) });
      setBody('');
      setChosen([]);
      setQuery(null);
    });
  };

  return (
    <form className="comment-form" onSubmit={submit} noValidate>
      <label htmlFor={`${id}-body`}>{label}</label>
      <textarea
        id={`${id}-body`}
        ref={textRef}
        rows={3}
        value={body}
        maxLength={COMMENT_MAX_LENGTH}
        aria-describedby={`${id}-hint ${id}-error`}
        onChange={(event) => onChange(event.target.value, event.target.selectionStart)}
        onKeyDown={onTextKey}
      />
      <p id={`${id}-hint`} className="hint">
        {t('comments.bodyHint')}
      </p>
      <p role="status" className="visually-hidden">
        {suggestions.length > 0 ? t('comments.mention.count', { count: suggestions.length }) : ''}
      </p>
      {suggestions.length > 0 && (
        <ul ref={listRef} className="mention-suggestions" aria-label={t('comments.mention.suggestions')} onKeyDown={onListKey}>
          {suggestions.map((member) => (
            <li key={member.id}>
              <button type="button" className="button-small" aria-label={t('comments.mention.pick', { name: member.name })} onClick={() => pick(member)}>
                @{member.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      <ErrorAlert id={`${id}-error`} message={error} />
      <div className="comment-form-actions">
        <button type="submit" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button-small" onClick={onCancel}>
            {t('comments.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
