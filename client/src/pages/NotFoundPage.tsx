import { t } from '../../../shared/i18n';
import { Page } from '../components/Page';
import { Link } from '../router/Link';
import { paths } from '../router/paths';

export function NotFoundPage() {
  return (
    <Page title={t('page.notFound.title')}>
      <p>{t('error.notFound')}</p>
      <p>
        <Link to={paths.start()}>{t('page.backToStart')}</Link>
      </p>
    </Page>
  );
}
