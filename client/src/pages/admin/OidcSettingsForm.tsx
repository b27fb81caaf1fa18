import { useState, type FormEvent } from 'react';
import { OIDC_PROVISIONING, type OidcSettings } from '../../../../shared/auth/oidc-settings';
import { formatRoleMappings, parseRoleMappings } from '../../../../shared/auth/role-mapping-text';
import type { OidcView } from '../../../../shared/api/oidc';
import type { Body } from '../../../../shared/api/bodies';
import { ROLES } from '../../../../shared/domain/roles';
import { t } from '../../../../shared/i18n';
import { saveOidcSettings } from '../../api/oidc';
import { ErrorAlert, StatusMessage } from '../../components/Alerts';
import { Checkbox, SelectField, TextAreaField, TextField } from '../../components/fields';
import { useSubmit } from '../../forms/useSubmit';
import { roleLabel } from '../../format/labels';
import './oidc-settings.css';

const ROLE_KEYS = ROLES.join(', ');

/** The sign-in settings as the admin edits them: lists as text, the secret only ever typed, never shown. */
export function OidcSettingsForm({ view, bodies, onSaved }: { view: OidcView; bodies: Body[]; onSaved(view: OidcView): void }) {
  const [settings, setSettings] = useState<OidcSettings>(view.settings);
  const [domains, setDomains] = useState(view.settings.allowedDomains.join(', '));
  const [mappings, setMappings] = useState(formatRoleMappings(view.settings.roleMappings, bodies));
  const [secret, setSecret] = useState('');
  const [removeSecret, setRemoveSecret] = useState(false);
  const [mappingError, setMappingError] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  const { busy, error, run } = useSubmit();
  const change = (changes: Partial<OidcSettings>) => setSettings({ ...settings, ...changes });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setSaved(false);
    const parsed = parseRoleMappings(mappings, bodies);
    setMappingError('line' in parsed ? t('oidc.admin.mappingLine', { line: parsed.line, roles: ROLE_KEYS }) : undefined);
    if ('line' in parsed) return;
    const allowedDomains = domains
      .split(',')
      .map((domain) => domain.trim())
      .filter(Boolean);
    await run(async () => {
      const clientSecret = secret ? secret : removeSecret ? null : undefined;
      const updated = await saveOidcSettings({ settings: { ...settings, allowedDomains, roleMappings: parsed.mappings }, ...(clientSecret === undefined ? {} : { clientSecret }) });
      setSecret('');
      setRemoveSecret(false);
      setSaved(true);
      onSaved(updated);
    });
  };

  const secretHint = view.secretUnreadable ? t('oidc.admin.secretUnreadable') : view.secretSet ? t('oidc.admin.secretSet') : t('oidc.admin.secretNotSet');
  return (
    <form onSubmit={submit} noValidate className="form" data-testid="oidc-settings">
      <StatusMessage>{saved ? t('oidc.admin.saved') : null}</StatusMessage>
      <ErrorAlert message={error} />
      <Checkbox label={t('oidc.admin.enabled')} checked={settings.enabled} onChange={(e) => change({ enabled: e.target.checked })} />
      <TextField label={t('oidc.admin.issuer')} type="url" name="issuer" value={settings.issuer} onChange={(e) => change({ issuer: e.target.value })} />
      <TextField label={t('oidc.admin.clientId')} name="clientId" autoComplete="off" value={settings.clientId} onChange={(e) => change({ clientId: e.target.value })} />
      <TextField
        label={t('oidc.admin.clientSecret')}
        hint={secretHint}
        type="password"
        name="clientSecret"
        autoComplete="new-password"
        value={secret}
        onChange={(e) => setSecret(e.target.value)}
      />
      {view.secretSet && <Checkbox label={t('oidc.admin.removeSecret')} checked={removeSecret} onChange={(e) => setRemoveSecret(e.target.checked)} />}
      <TextField label={t('oidc.admin.scopes')} name="scopes" value={settings.scopes} onChange={(e) => change({ scopes: e.target.value })} />
      <TextField label={t('oidc.admin.emailClaim')} name="emailClaim" value={settings.emailClaim} onChange={(e) => change({ emailClaim: e.target.value })} />
      <TextField label={t('oidc.admin.nameClaim')} name="nameClaim" value={settings.nameClaim} onChange={(e) => change({ nameClaim: e.target.value })} />
      <TextField label={t('oidc.admin.allowedDomains')} name="allowedDomains" value={domains} onChange={(e) => setDomains(e.target.value)} />
      <SelectField
        label={t('oidc.admin.provisioning')}
        value={settings.provisioning}
        onChange={(e) => change({ provisioning: e.target.value as OidcSettings['provisioning'] })}
      >
        {OIDC_PROVISIONING.map((choice) => (
          <option key={choice} value={choice}>
            {t(`oidc.admin.provisioning.${choice}`)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('oidc.admin.defaultRole')} value={settings.defaultRole} onChange={(e) => change({ defaultRole: e.target.value as OidcSettings['defaultRole'] })}>
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {roleLabel(role)}
          </option>
        ))}
      </SelectField>
      <TextField label={t('oidc.admin.roleClaim')} name="roleClaim" value={settings.roleClaim ?? ''} onChange={(e) => change({ roleClaim: e.target.value.trim() || null })} />
      <div className="oidc-mappings">
        <TextAreaField
          label={t('oidc.admin.mappings')}
          hint={t('oidc.admin.mappingsHint', { roles: ROLE_KEYS })}
          error={mappingError}
          rows={4}
          value={mappings}
          onChange={(e) => setMappings(e.target.value)}
        />
      </div>
      <Checkbox label={t('oidc.admin.passwordLogin')} checked={settings.passwordLogin} onChange={(e) => change({ passwordLogin: e.target.checked })} />
      <Checkbox label={t('oidc.admin.endSession')} checked={settings.endSessionAtProvider} onChange={(e) => change({ endSessionAtProvider: e.target.checked })} />
      <button type="submit" className="button-primary">
        {busy ? t('form.working') : t('oidc.admin.save')}
      </button>
    </form>
  );
}
