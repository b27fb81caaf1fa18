import { t } from '../../../shared/i18n';
import { Page } from '../components/Page';
import type { RouteParams } from '../router/paths';
import { useSession } from '../session/SessionContext';
import { JoinForm } from '../workshops/join/JoinForm';

/** /w/:code and /w: join a workshop by code, as a member or as a guest with a name. */
export function WorkshopJoinPage({ params }: { params: RouteParams }) {
  const { me } = useSession();
  return (
    <Page title={t('workshop.join.title')}>
      {!params.code && <p>{t('workshop.join.intro')}</p>}
      <JoinForm initialCode={params.code ?? null} memberName={me?.user.name ?? null} />
    </Page>
  );
}
