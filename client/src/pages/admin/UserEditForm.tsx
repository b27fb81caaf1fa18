import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Role } from '../../../../shared/domain/roles';
import { t } from '../../../../shared/i18n';
import { updateUser } from '../../api/admin-users';
import type { Body } from '../../../../shared/api/bodies';
import type { UserView } from '../../../../shared/api/admin-users';
import { ErrorAlert } from '../../components/Alerts';
import { BodyCheckboxes } from '../../components/BodyCheckboxes';
import { RoleSelect } from '../../components/RoleSelect';
import { TextField } from '../../components/fields';
import { useSubmit } from '../../forms/useSubmit';
import { userErrorsFrom, type UserErrors } from './user-errors';

interface UserEditFormProps {
  user: UserView;
  bodies: Body[];
  onSaved(user: UserView): void;
  onCancel(): void;
}

/** Name, role and bodies of one user, edited in place under their row. */
export function UserEditForm({ user, bodies, onSaved, onCancel }: UserEditFormProps) {
  const headingId = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState(user.name);
  const [role, setRole] = useState<Role>(user.role);
  const [bodyIds, setBodyIds] = useState(user.bodyIds);
  const [errors, setErrors] = useState<UserErrors>({});
  const { busy, run } = useSubmit();
  useEffect(() => nameRef.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!name.trim()) return setErrors({ name: t('form.missing', { field: t('field.name') }) });
    await run(async () => onSaved(await updateUser(user.id, { name: name.trim(), role, bodyIds })), (error) => setErrors(userErrorsFrom(error)));
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      className="form inline-form"
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <h3 id={headingId}>{t('admin.users.editHeading', { name: user.name })}</h3>
      <ErrorAlert message={errors.form} />
      <TextField inputRef={nameRef} label={t('field.name')} required value={name} onChange={(e) => setName(e.target.value)} error={errors.name} />
      <RoleSelect value={role} onChange={(value) => value && setRole(value)} error={errors.role} />
      <BodyCheckboxes bodies={bodies} selected={bodyIds} onChange={setBodyIds} error={errors.bodies} />
      <div className="actions">
        <button type="submit" className="button-primary">
          {busy ? t('form.working') : t('form.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
