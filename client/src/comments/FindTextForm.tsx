import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { t } from '../../../shared/i18n';
import { ErrorAlert, StatusMessage } from '../components/Alerts';
import type { CommentsController } from './comments-controller';
import type { FoundText, TextMatch } from './text-matches';
import { FIND_MIN_LENGTH, foldQuery } from './text-search';

interface FindTextFormProps {
  controller: CommentsController;
  /** Changes each time "Kommentera" asks again: focus goes back to the search field. */
  opened: object;
  onCancel(): void;
}

const NOTHING: FoundText = { matches: [], total: 0 };

function statusOf(searched: boolean, { matches, total }: FoundText): string {
  if (!searched) return '';
  if (total === 0) return t('comments.find.none');
  if (total > matches.length) return t('comments.find.more', { count: total, shown: matches.length });
  return t('comments.find.count', { count: total });
}

/**
 * "Vilken text gäller kommentaren?": the keyboard's way to choose words to comment on, also where the
 * text is read-only and cannot take focus. Typing lists the matches in the body and the goals'
 * viljeinriktning as radio buttons (arrow keys choose, Enter takes one); the thread then starts on
 * those words exactly as on a selection.
 */
export function FindTextForm({ controller, opened, onCancel }: FindTextFormProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<FoundText>(NOTHING);
  const [chosen, setChosen] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const matchesRef = useRef<HTMLFieldSetElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: each opening of the form puts the focus in the field again
  useEffect(() => {
    inputRef.current?.focus();
  }, [opened]);

  const searched = foldQuery(query).length >= FIND_MIN_LENGTH;

  const search = (value: string) => {
    const next = controller.findText(value);
    setQuery(value);
    setFound(next);
    setChosen(next.matches[0]?.id ?? null);
    setError(null);
  };

  const pick = (match: TextMatch | undefined) => {
    if (!searched) return setError(t('comments.find.tooShort'));
    if (!match) return setError(t(found.matches.length > 0 ? 'comments.find.choose' : 'comments.find.none'));
    if (controller.startOnMatch(match)) return;
    // The words were deleted while the list was open: list what is there now.
    search(query);
    setError(t('comments.find.gone'));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    pick(found.matches.find((match) => match.id === chosen));
  };

  const onFormKey = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onCancel();
  };

  const onQueryKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'ArrowDown' || found.matches.length === 0) return;
    event.preventDefault();
    matchesRef.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
  };

  return (
    <div className="comments-find" data-testid="find-text">
      <form onSubmit={submit} onKeyDown={onFormKey} noValidate>
        <label htmlFor={`${id}-query`}>{t('comments.find.label')}</label>
        <input
          id={`${id}-query`}
          ref={inputRef}
          type="text"
          value={query}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-hint ${id}-error`}
          onChange={(event) => search(event.target.value)}
          onKeyDown={onQueryKey}
        />
        <p id={`${id}-hint`} className="hint">
          {t('comments.find.hint')}
        </p>
        <StatusMessage>{statusOf(searched, found)}</StatusMessage>
        {found.matches.length > 0 && (
          <fieldset ref={matchesRef} className="find-matches">
            <legend>{t('comments.find.matches')}</legend>
            {found.matches.map((match) => (
              <label key={match.id} className="find-match" data-testid="find-match">
                <input
                  type="radio"
                  name={`${id}-match`}
                  value={match.id}
                  checked={chosen === match.id}
                  onChange={() => setChosen(match.id)}
                  onKeyDown={(event) => {
                    if (event.key !== 'Enter') return;
                    event.preventDefault();
                    pick(match);
                  }}
                />
                <span className="find-match-text">
                  <span className="find-place">
                    {match.place}
                    <span className="visually-hidden">: </span>
                  </span>
                  <span className="find-context">
                    {match.cutBefore && '…'}
                    {match.before}
                    <mark>{match.text}</mark>
                    {match.after}
                    {match.cutAfter && '…'}
                  </span>
                </span>
              </label>
            ))}
          </fieldset>
        )}
        <ErrorAlert id={`${id}-error`} message={error} />
        <div className="comment-form-actions">
          <button type="submit">{t('comments.find.pick')}</button>
          <button type="button" className="button-small" onClick={onCancel}>
            {t('comments.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
