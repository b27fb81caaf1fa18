import { t } from '../../shared/i18n';
import { StartPage } from './StartPage';

export function App() {
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <p className="app-name">{t('app.name')}</p>
        <p className="app-tagline">{t('app.tagline')}</p>
      </header>
      <main id="main" tabIndex={-1}>
        <StartPage />
      </main>
    </>
  );
}
