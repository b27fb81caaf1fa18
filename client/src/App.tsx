import { QueryClientProvider } from '@tanstack/react-query';
import { t } from '../../shared/i18n';
import { ErrorAlert } from './components/Alerts';
import { Header } from './components/Header';
import { queryClient } from './query/query-client';
import { HealthStatus } from './components/HealthStatus';
import { Router } from './router/Router';
import { usePathname } from './router/history';
import { matchRoute } from './router/routes';
import { SessionProvider, useSession } from './session/SessionContext';

function Content() {
  const { state, reload } = useSession();
  if (state.status === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (state.status === 'failed') {
    return (
      <>
        <ErrorAlert message={state.message} />
        <button type="button" onClick={() => void reload()}>
          {t('app.retry')}
        </button>
      </>
    );
  }
  return <Router />;
}

export function App() {
  // The projector shows only the day: no menu, no name, no "Logga ut" on the wall.
  const fullScreen = matchRoute(usePathname())?.route.fullScreen === true;
  return (
    <QueryClientProvider client={queryClient}>
      <SessionProvider>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      {!fullScreen && <Header />}
      <main id="main" tabIndex={-1} className={fullScreen ? 'main-full-screen' : undefined}>
        <Content />
      </main>
      {!fullScreen && <HealthStatus />}
      </SessionProvider>
    </QueryClientProvider>
  );
}
