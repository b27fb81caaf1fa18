import { ROLES, type Role } from '../../../shared/domain/roles';
import { t } from '../../../shared/i18n';
import { roleLabel } from '../format/labels';
import { SelectField } from './fields';

interface RoleSelectProps {
  value: Role | '';
  onChange(role: Role | ''): void;
  error?: string;
  /** Offer an empty choice, so a new user's role is always picked on purpose. */
  allowEmpty?: boolean;
}

export function RoleSelect({ value, onChange, error, allowEmpty = false }: RoleSelectProps) {
  return (
    <SelectField label={t('field.role')} value={value} onChange={(event) => onChange(event.target.value as Role | '')} error={error} required>
      {allowEmpty && <option value="">{t('admin.users.chooseRole')}</option>}
      {ROLES.map((role) => (
        <option key={role} value={role}>
          {roleLabel(role)}
        </option>
      ))}
    </SelectField>
  );
}
