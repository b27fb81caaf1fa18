import type { OrganisationAction } from '../../../shared/auth/permissions';
import { t } from '../../../shared/i18n';
import { Page } from '../components/Page';
import { Link } from '../router/Link';
import { paths } from '../router/paths';

/**
 * Shown instead of a page the user's role may not open (the server refuses its API calls anyway);
 * it says whom the page is for, so the user knows whom to ask.
 */
export function ForbiddenPage({ action }: { action: OrganisationAction }) {
  return (
    <Page title={t('page.forbidden.title')}>
      <p role="alert">{t('error.forbidden')}</p>
      <p>{t(`page.forbidden.for.${action}`)}</p>
      <p>{t('page.forbidden.askAdmin')}</p>
      <p>
        <Link to={paths.start()}>{t('page.backToStart')}</Link>
      </p>
    </Page>
  );
}
