import { useId, useRef, useState, type FormEvent } from 'react';
import { MIN_PASSWORD_LENGTH } from '../../../../shared/auth/passwords';
import type { Role } from '../../../../shared/domain/roles';
import { t } from '../../../../shared/i18n';
import { createUser } from '../../api/admin-users';
import type { Body } from '../../../../shared/api/bodies';
import type { UserView } from '../../../../shared/api/admin-users';
import { ErrorAlert } from '../../components/Alerts';
import { BodyCheckboxes } from '../../components/BodyCheckboxes';
import { OneTimePassword } from '../../components/OneTimePassword';
import { RoleSelect } from '../../components/RoleSelect';
import { TextField } from '../../components/fields';
import { useSubmit } from '../../forms/useSubmit';
import { userErrorsFrom, type UserErrors } from './user-errors';

const EMPTY = { name: '', email: '', role: '' as Role | '', password: '', bodyIds: [] as string[] };

function validate(values: typeof EMPTY): UserErrors {
  const errors: UserErrors = {};
  if (!values.name.trim()) errors.name = t('form.missing', { field: t('field.name') });
  if (!/^[^\s@]+@[^\s@]+$/.test(values.email.trim())) errors.email = t('form.invalidEmail');
  if (!values.role) errors.role = t('admin.users.roleMissing');
  if (values.password && values.password.length < MIN_PASSWORD_LENGTH) errors.password = t('error.passwordTooShort', { min: MIN_PASSWORD_LENGTH });
  return errors;
}

/** Adds a member; a password the server generates is shown here once. */
export function NewUserForm({ bodies, onCreated }: { bodies: Body[]; onCreated(user: UserView): void }) {
  const headingId = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<UserErrors>({});
  const { busy, run } = useSubmit();
  const [generated, setGenerated] = useState<{ name: string; password: string } | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found = validate(values);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    await run(
      async () => {
        const { user, password } = await createUser({
          name: values.name.trim(),
          email: values.email.trim(),
          role: values.role as Role,
          bodyIds: values.bodyIds,
          ...(values.password && { password: values.password }),
        });
        setValues(EMPTY);
        setGenerated(password ? { name: user.name, password } : null);
        onCreated(user);
      },
      (error) => setErrors(userErrorsFrom(error)),
    );
  };

  return (
    <section aria-labelledby={headingId} className="panel">
      <h2 id={headingId}>{t('admin.users.create.heading')}</h2>
      {generated && (
        <OneTimePassword
          name={generated.name}
          password={generated.password}
          onDismiss={() => {
            setGenerated(null);
            nameRef.current?.focus();
          }}
        />
      )}
      <form onSubmit={submit} noValidate className="form">
        <ErrorAlert message={errors.form} />
        <TextField inputRef={nameRef} label={t('field.name')} autoComplete="off" required value={values.name} onChange={(e) => setValues({ ...values, name: e.target.value })} error={errors.name} />
        <TextField label={t('field.email')} type="email" autoComplete="off" required value={values.email} onChange={(e) => setValues({ ...values, email: e.target.value })} error={errors.email} />
        <RoleSelect allowEmpty value={values.role} onChange={(role) => setValues({ ...values, role })} error={errors.role} />
        <BodyCheckboxes bodies={bodies} selected={values.bodyIds} onChange={(bodyIds) => setValues({ ...values, bodyIds })} error={errors.bodies} />
        <TextField
          label={t('admin.users.create.passwordLabel')}
          hint={t('admin.users.create.passwordHint', { min: MIN_PASSWORD_LENGTH })}
          type="password"
          autoComplete="new-password"
          value={values.password}
          onChange={(e) => setValues({ ...values, password: e.target.value })}
          error={errors.password}
        />
        <button type="submit" className="button-primary">
          {busy ? t('form.working') : t('admin.users.create.submit')}
        </button>
      </form>
    </section>
  );
}
