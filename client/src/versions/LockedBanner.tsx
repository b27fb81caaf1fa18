import { t } from '../../../shared/i18n';
import type { VersionSummary } from '../../../shared/api/versions';

/** "Fastställd 2027-10-14, BUN § 87": shown on a fastställd document, from its latest version. */
export function LockedBanner({ version }: { version: VersionSummary }) {
  const { decision } = version;
  return (
    <div className="locked-banner" role="note" data-testid="locked-banner">
      <p className="locked-banner-title">{t('versions.banner', { date: decision.date, body: decision.body, paragraph: decision.paragraph })}</p>
      <p>{t('versions.bannerDnr', { diarienummer: decision.diarienummer, number: version.number })}</p>
    </div>
  );
}
