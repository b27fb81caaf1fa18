import { useState } from 'react';
import { t } from '../../../../shared/i18n';
import { compileWorkshop, workshopCsvUrl } from '../../api/workshops';
import { ErrorAlert, StatusMessage } from '../../components/Alerts';
import { useSubmit } from '../../forms/useSubmit';
import { Link } from '../../router/Link';
import { paths } from '../../router/paths';

/**
 * The end of the day: compile every group's cards (by category and heading, ranked by votes) into a new
 * document to work on and fastställa, and download the cards as CSV.
 */
export function CompilePanel({ workshopId }: { workshopId: string }) {
  const { busy, error, run } = useSubmit();
  const [compiled, setCompiled] = useState<{ id: string; title: string } | null>(null);

  const compile = () => void run(async () => setCompiled(await compileWorkshop(workshopId)));

  return (
    <section className="panel" aria-labelledby="compile-heading">
      <h2 id="compile-heading">{t('workshop.fac.compileHeading')}</h2>
      <p>{t('workshop.fac.compileIntro')}</p>
      <p className="row-actions">
        <button type="button" className="button-primary" onClick={compile} disabled={busy} aria-busy={busy}>
          {busy ? t('workshop.fac.compiling') : t('workshop.fac.compile')}
        </button>
        <a href={workshopCsvUrl(workshopId)} download>
          {t('workshop.fac.csv')}
        </a>
      </p>
      <ErrorAlert message={error} />
      <StatusMessage>
        {compiled && (
          <>
            {t('workshop.fac.compiled')} <Link to={paths.document(compiled.id)}>{compiled.title}</Link>
          </>
        )}
      </StatusMessage>
    </section>
  );
}
