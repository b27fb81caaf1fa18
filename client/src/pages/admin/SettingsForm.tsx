import { useId, useState, type FormEvent } from 'react';
import type { OrganisationSettings } from '../../../../shared/domain/organisation-settings';
import { ROLES, type Role } from '../../../../shared/domain/roles';
import { t } from '../../../../shared/i18n';
import { updateSettings } from '../../api/admin-organisation';
import type { Organisation } from '../../../../shared/api/organisations';
import { ErrorAlert, StatusMessage } from '../../components/Alerts';
import { Checkbox } from '../../components/fields';
import { useSubmit } from '../../forms/useSubmit';
import { roleLabel } from '../../format/labels';

/** The organisation's three document rules (shared/domain/organisation-settings.ts). */
export function SettingsForm({ organisation, onSaved }: { organisation: Organisation; onSaved(organisation: Organisation): void }) {
  const headingId = useId();
  const lockErrorId = useId();
  const [settings, setSettings] = useState<OrganisationSettings>(organisation.settings);
  const { busy, error, setError, run } = useSubmit();
  const [lockError, setLockError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const toggleLockRole = (role: Role, checked: boolean) =>
    setSettings({ ...settings, lockRoles: checked ? ROLES.filter((r) => r === role || settings.lockRoles.includes(r)) : settings.lockRoles.filter((r) => r !== role) });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setSaved(false);
    setError(null);
    setLockError(settings.lockRoles.length === 0 ? t('admin.settings.lockRolesMissing') : null);
    if (settings.lockRoles.length === 0) return;
    await run(async () => {
      // Only this form's rules: the organisation page's other forms save their own settings.
      const { restrictEditingToBodyMembers, restrictDraftReadingToBodyMembers, lockRoles, commentsOnLockedDocuments } = settings;
      const updated = await updateSettings({ restrictEditingToBodyMembers, restrictDraftReadingToBodyMembers, lockRoles, commentsOnLockedDocuments });
      setSettings(updated.settings);
      setSaved(true);
      onSaved(updated);
    });
  };

  return (
    <section aria-labelledby={headingId} className="panel">
      <h2 id={headingId}>{t('admin.settings.heading')}</h2>
      <StatusMessage>{saved ? t('admin.settings.saved') : null}</StatusMessage>
      <form onSubmit={submit} noValidate className="form">
        <ErrorAlert message={error} />
        <Checkbox
          label={t('admin.settings.restrictEditing')}
          hint={t('admin.settings.restrictEditingHint')}
          checked={settings.restrictEditingToBodyMembers}
          onChange={(e) => setSettings({ ...settings, restrictEditingToBodyMembers: e.target.checked })}
        />
        <Checkbox
          label={t('admin.settings.restrictDraftReading')}
          hint={t('admin.settings.restrictDraftReadingHint')}
          checked={settings.restrictDraftReadingToBodyMembers}
          onChange={(e) => setSettings({ ...settings, restrictDraftReadingToBodyMembers: e.target.checked })}
        />
        <fieldset aria-describedby={lockError ? lockErrorId : undefined} aria-invalid={lockError ? true : undefined}>
          <legend>{t('admin.settings.lockRoles')}</legend>
          {lockError && (
            <p id={lockErrorId} className="field-error" role="alert">
              {lockError}
            </p>
          )}
          {ROLES.map((role) => (
            <Checkbox key={role} label={roleLabel(role)} checked={settings.lockRoles.includes(role)} onChange={(e) => toggleLockRole(role, e.target.checked)} />
          ))}
        </fieldset>
        <Checkbox
          label={t('admin.settings.commentsOnLocked')}
          hint={t('admin.settings.commentsOnLockedHint')}
          checked={settings.commentsOnLockedDocuments}
          onChange={(e) => setSettings({ ...settings, commentsOnLockedDocuments: e.target.checked })}
        />
        <button type="submit" className="button-primary">
          {busy ? t('form.working') : t('admin.settings.submit')}
        </button>
      </form>
    </section>
  );
}
