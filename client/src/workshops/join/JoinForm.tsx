import { useId, useState, type FormEvent } from 'react';
import { t } from '../../../../shared/i18n';
import { formatJoinCode, joinCodeProblem, normaliseJoinCode } from '../../../../shared/workshops/join-code';
import { ApiFailure, messageOf } from '../../api/http';
import { joinWorkshop } from '../../api/workshops';
import { ErrorAlert } from '../../components/Alerts';
import { TextField } from '../../components/fields';
import { useSubmit } from '../../forms/useSubmit';
import { Link } from '../../router/Link';
import { navigate } from '../../router/history';
import { paths } from '../../router/paths';

interface Props {
  /** The code from the address (/w/:code), if any: then it is not asked for. */
  initialCode: string | null;
  /** The signed-in member's name; null for a guest, who must give a name. */
  memberName: string | null;
}

/** What the server said, in Swedish; a 429 carries the wait in its message already. */
function joinError(error: unknown): string {
  if (error instanceof ApiFailure) return error.message;
  return messageOf(error);
}

/**
 * Join a workshop by code: a member with one button, a guest with a name (and the code when the
 * address has none). On success, the group's board.
 */
export function JoinForm({ initialCode, memberName }: Props) {
  const formErrorId = useId();
  const fromAddress = initialCode ? normaliseJoinCode(initialCode) : null;
  const [code, setCode] = useState(initialCode ?? '');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<{ code?: string; name?: string; form?: string }>({});
  const { busy, run } = useSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const normalised = fromAddress ?? normaliseJoinCode(code);
    const found: typeof errors = {};
    const problem = normalised ? null : joinCodeProblem(code);
    if (problem) found.code = problem.kind === 'lookAlikes' ? t('workshop.join.codeLookAlikes', { chars: problem.chars }) : t('workshop.join.codeInvalid');
    if (memberName === null && !name.trim()) found.name = t('workshop.error.nameRequired');
    setErrors(found);
    if (found.code || found.name || !normalised) return;
    await run(
      async () => {
        const joined = await joinWorkshop(normalised, memberName === null ? name.trim() : undefined);
        navigate(paths.workshopBoard(joined.workshop.id));
      },
      (error) => setErrors({ form: joinError(error) }),
    );
  };

  const loginTarget = paths.login(paths.join(fromAddress));
  return (
    <form onSubmit={submit} noValidate className="form join-form" aria-describedby={errors.form ? formErrorId : undefined}>
      <ErrorAlert id={formErrorId} message={errors.form} />
      {fromAddress ? (
        <p className="join-code" data-testid="join-code">
          {t('workshop.join.codeShown', { code: formatJoinCode(fromAddress) })}
        </p>
      ) : (
        <TextField
          label={t('workshop.join.code')}
          hint={t('workshop.join.codeHint')}
          error={errors.code}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          required
        />
      )}
      {memberName === null ? (
        <TextField
          label={t('workshop.join.name')}
          hint={t('workshop.join.nameHint')}
          error={errors.name}
          value={name}
          onChange={(event) => setName(event.target.value)}
          autoComplete="name"
          maxLength={80}
          required
        />
      ) : (
        <p>{t('workshop.join.asMember', { name: memberName })}</p>
      )}
      <button type="submit" disabled={busy}>
        {busy ? t('workshop.join.joining') : t('workshop.join.submit')}
      </button>
      {memberName === null && (
        <p className="hint">
          <Link to={loginTarget}>{t('workshop.join.login')}</Link>
        </p>
      )}
    </form>
  );
}
