import { t } from '../../../shared/i18n';
import { Page } from '../components/Page';
import { Link } from '../router/Link';

export function NotFoundPage() {
  return (
    <Page title={t('page.notFound.title')}>
      <p>{t('error.notFound')}</p>
      <p>
        <Link to="/">{t('page.backToStart')}</Link>
      </p>
    </Page>
  );
}
