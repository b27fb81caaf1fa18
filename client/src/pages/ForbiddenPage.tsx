import { t } from '../../../shared/i18n';
import { Page } from '../components/Page';
import { Link } from '../router/Link';
import { paths } from '../router/paths';

/** Shown instead of a page the user's role may not open (the server refuses its API calls anyway). */
export function ForbiddenPage() {
  return (
    <Page title={t('page.forbidden.title')}>
      <p role="alert">{t('error.forbidden')}</p>
      <p>{t('page.forbidden.adminOnly')}</p>
      <p>
        <Link to={paths.start()}>{t('page.backToStart')}</Link>
      </p>
    </Page>
  );
}
