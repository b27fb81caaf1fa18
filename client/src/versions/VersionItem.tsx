import { useId, useState } from 'react';
import { t } from '../../../shared/i18n';
import { exportUrl, fetchVersion } from '../api/versions';
import type { ExportFormat } from '../../../shared/api/version-exports';
import type { VersionSummary } from '../../../shared/api/versions';
import { ErrorAlert } from '../components/Alerts';
import { useSubmit } from '../forms/useSubmit';
import { formatDate } from '../format/labels';

const FORMATS: ExportFormat[] = ['pdf', 'docx', 'md'];

/** One fastställd version: its decision, hash, downloads, and its content read-only on request. */
export function VersionItem({ documentId, version }: { documentId: string; version: VersionSummary }) {
  const [html, setHtml] = useState<string | null>(null);
  const { error, run } = useSubmit();
  const [withThreads, setWithThreads] = useState(false);
  const threadsId = useId();
  const { decision } = version;

  function toggle() {
    if (html !== null) return setHtml(null);
    void run(async () => setHtml((await fetchVersion(documentId, version.number)).html));
  }

  return (
    <li className="version-item">
      <h4>{t('versions.history.version', { number: version.number })}</h4>
      <p>{t('versions.banner', { date: decision.date, body: decision.body, paragraph: decision.paragraph })}</p>
      <p>{t('versions.bannerDnr', { diarienummer: decision.diarienummer, number: version.number })}</p>
      <p>{t('versions.history.lockedBy', { date: formatDate(version.lockedAt), name: version.lockedBy.name })}</p>
      {version.note && <p>{version.note}</p>}
      <p className="hash">
        {t('versions.history.hash')}: <code>{version.hash.slice(0, 16)}…</code>
      </p>
      {/* Before the links it changes, so it is read (and tabbed to) first. */}
      <p className="export-option">
        <input id={threadsId} type="checkbox" checked={withThreads} onChange={(event) => setWithThreads(event.target.checked)} />
        <label htmlFor={threadsId}>{t('versions.export.openThreads')}</label>
      </p>
      <ul className="export-links" aria-label={t('versions.export.label', { number: version.number })}>
        {FORMATS.map((format) => (
          <li key={format}>
            <a href={exportUrl(documentId, version.number, format, withThreads)} download>
              {t(`versions.export.${format}`)}
            </a>
          </li>
        ))}
      </ul>
      <button type="button" aria-expanded={html !== null} onClick={toggle}>
        {t(html === null ? 'versions.history.show' : 'versions.history.hide', { number: version.number })}
      </button>
      <ErrorAlert message={error} />
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the server renders versions from our own schema with every text escaped (shared/documents/render.ts) */}
      {html !== null && <article className="version-content" dangerouslySetInnerHTML={{ __html: html }} />}
    </li>
  );
}
