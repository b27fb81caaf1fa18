import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import type { Body } from '../../../../shared/api/bodies';
import type { OidcView } from '../../../../shared/api/oidc';
import { t } from '../../../../shared/i18n';
import { messageOf } from '../../api/http';
import { fetchOidcSettings } from '../../api/oidc';
import { ErrorAlert } from '../../components/Alerts';
import { queryClient } from '../../query/query-client';
import { queryKeys } from '../../query/query-keys';
import { OidcSettingsForm } from './OidcSettingsForm';

/** "Inloggning med OpenID Connect" on the organisation page: the addresses to register, then the settings. */
export function OidcSettingsSection({ bodies }: { bodies: Body[] }) {
  const headingId = useId();
  const query = useQuery({ queryKey: queryKeys.adminOidc, queryFn: ({ signal }) => fetchOidcSettings(signal) });
  const view = query.data;
  return (
    <section aria-labelledby={headingId} className="panel">
      <h2 id={headingId}>{t('oidc.admin.heading')}</h2>
      <p>{t('oidc.admin.intro')}</p>
      <ErrorAlert message={query.error ? messageOf(query.error) : null} />
      {view ? (
        <>
          <dl className="oidc-addresses">
            <dt>{t('oidc.admin.redirectUri')}</dt>
            <dd>
              <code>{view.redirectUri}</code>
            </dd>
            <dt>{t('oidc.admin.logoutUri')}</dt>
            <dd>
              <code>{view.postLogoutRedirectUri}</code>
            </dd>
          </dl>
          {view.fromEnvironment ? (
            <p data-testid="oidc-from-environment">{t('oidc.admin.fromEnvironment')}</p>
          ) : (
            <OidcSettingsForm view={view} bodies={bodies} onSaved={(updated) => queryClient.setQueryData<OidcView>(queryKeys.adminOidc, updated)} />
          )}
        </>
      ) : (
        !query.error && <p role="status">{t('app.loading')}</p>
      )}
    </section>
  );
}
