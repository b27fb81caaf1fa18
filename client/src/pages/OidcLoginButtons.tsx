import { useQuery } from '@tanstack/react-query';
import { t } from '../../../shared/i18n';
import { fetchAuthOptions } from '../api/auth';
import { startOidcLogin } from '../api/oidc';
import { ErrorAlert } from '../components/Alerts';
import { useSubmit } from '../forms/useSubmit';
import { queryKeys } from '../query/query-keys';
import './oidc-login.css';

/** The login page's options (demo, identity providers, password form), or null while unknown. */
export function useAuthOptions() {
  const { data } = useQuery({ queryKey: queryKeys.authOptions, queryFn: ({ signal }) => fetchAuthOptions(signal) });
  return data ?? null;
}

/** "Logga in med <kommunen>": one button per organisation that signs in through its identity provider. */
export function OidcLoginButtons({ providers, next }: { providers: ReadonlyArray<{ organisation: string; name: string }>; next: string | null }) {
  const { busy, error, run } = useSubmit();
  const signIn = (organisation: string) => {
    if (busy) return;
    void run(async () => {
      const { url } = await startOidcLogin(organisation, next);
      window.location.assign(url);
      // Stay busy while the browser leaves for the provider.
      await new Promise(() => {});
    });
  };
  return (
    <div className="oidc-login">
      <ErrorAlert message={error} />
      {providers.map((provider) => (
        <button key={provider.organisation} type="button" className="button-primary" onClick={() => signIn(provider.organisation)}>
          {t('oidc.login.button', { organisation: provider.name })}
        </button>
      ))}
      {busy && <p role="status">{t('oidc.login.redirecting')}</p>}
    </div>
  );
}
