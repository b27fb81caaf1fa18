import { useRef, useState, type FormEvent } from 'react';
import { MIN_PASSWORD_LENGTH } from '../../../shared/auth/passwords';
import { t } from '../../../shared/i18n';
import { changePassword } from '../api/auth';
import { ApiFailure, messageOf } from '../api/http';
import { ErrorAlert, StatusMessage } from '../components/Alerts';
import { Page } from '../components/Page';
import { TextField } from '../components/fields';
import { useSubmit } from '../forms/useSubmit';
import { navigate } from '../router/history';
import { paths } from '../router/paths';
import { useSession } from '../session/SessionContext';

type Field = 'current' | 'next' | 'repeat';
type Errors = Partial<Record<Field | 'form', string>>;

/** Checks what the browser can know before asking the server (which checks again). */
function validate(current: string, next: string, repeat: string): Errors {
  const errors: Errors = {};
  if (!current) errors.current = t('form.missing', { field: t('field.currentPassword') });
  if (next.length < MIN_PASSWORD_LENGTH) errors.next = t('error.passwordTooShort', { min: MIN_PASSWORD_LENGTH });
  else if (next !== repeat) errors.repeat = t('account.password.mismatch');
  return errors;
}

const FIELD_OF_CODE: Record<string, Field> = { wrong_current_password: 'current', password_too_short: 'next' };

export function ChangePasswordPage() {
  const refs = { current: useRef<HTMLInputElement>(null), next: useRef<HTMLInputElement>(null), repeat: useRef<HTMLInputElement>(null) };
  const [values, setValues] = useState<Record<Field, string>>({ current: '', next: '', repeat: '' });
  const [errors, setErrors] = useState<Errors>({});
  const [done, setDone] = useState(false);
  const { busy, run } = useSubmit();
  const { me, reload } = useSession();
  const required = me?.user.passwordChangeRequired ?? false;

  const set = (field: Field) => (event: { target: { value: string } }) => setValues({ ...values, [field]: event.target.value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setDone(false);
    const found = validate(values.current, values.next, values.repeat);
    setErrors(found);
    const first = (['current', 'next', 'repeat'] as const).find((field) => found[field]);
    if (first) return refs[first].current?.focus();

    await run(
      async () => {
        await changePassword(values.current, values.next);
        setValues({ current: '', next: '', repeat: '' });
        setDone(true);
        if (required) {
          await reload();
          navigate(paths.start());
        }
      },
      (error) => {
        const field = error instanceof ApiFailure ? FIELD_OF_CODE[error.code] : undefined;
        setErrors(field ? { [field]: messageOf(error) } : { form: messageOf(error) });
        if (field) refs[field].current?.focus();
      },
    );
  };

  return (
    <Page title={t('account.password.title')}>
      {required && (
        <p className="notice" data-testid="password-required">
          {t('account.password.required')}
        </p>
      )}
      <p>{t('account.password.intro')}</p>
      <StatusMessage>{done ? t('account.password.done') : null}</StatusMessage>
      <form onSubmit={submit} noValidate className="form">
        <ErrorAlert message={errors.form} />
        <TextField inputRef={refs.current} label={t('field.currentPassword')} type="password" autoComplete="current-password" required value={values.current} onChange={set('current')} error={errors.current} />
        <TextField
          inputRef={refs.next}
          label={t('field.newPassword')}
          hint={t('account.password.hint', { min: MIN_PASSWORD_LENGTH })}
          type="password"
          autoComplete="new-password"
          required
          minLength={MIN_PASSWORD_LENGTH}
          value={values.next}
          onChange={set('next')}
          error={errors.next}
        />
        <TextField inputRef={refs.repeat} label={t('account.password.repeat')} type="password" autoComplete="new-password" required value={values.repeat} onChange={set('repeat')} error={errors.repeat} />
        <button type="submit" className="button-primary">
          {busy ? t('form.working') : t('account.password.submit')}
        </button>
      </form>
    </Page>
  );
}
