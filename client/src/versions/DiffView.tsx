import { useState } from 'react';
import { t } from '../../../shared/i18n';
import { fetchDiff } from '../api/versions';
import type { DiffResult } from '../../../shared/api/version-diff';
import type { VersionSummary } from '../../../shared/api/versions';
import { ErrorAlert } from '../components/Alerts';
import { SelectField } from '../components/fields';
import { useSubmit } from '../forms/useSubmit';
import { DiffBlocks } from './DiffBlocks';

const show = (value: unknown) => (value === null || value === undefined ? '–' : Array.isArray(value) ? value.join(', ') : String(value));

/** Compare two versions (or a version and the draft): text changes inline, goal changes in a table. */
export function DiffView({ documentId, versions }: { documentId: string; versions: VersionSummary[] }) {
  const last = versions.at(-1)?.number ?? 1;
  const [from, setFrom] = useState(String(Math.max(1, last - 1)));
  const [to, setTo] = useState(versions.length > 1 ? String(last) : 'draft');
  const [result, setResult] = useState<DiffResult | null>(null);
  const { error, run } = useSubmit();

  const compare = () => void run(async () => setResult(await fetchDiff(documentId, Number(from), to === 'draft' ? 'draft' : Number(to))));

  const options = versions.map((v) => (
    <option key={v.number} value={v.number}>
      {t('versions.history.version', { number: v.number })}
    </option>
  ));
  return (
    <section aria-labelledby="diff-heading" className="diff">
      <h3 id="diff-heading">{t('versions.diff.heading')}</h3>
      <div className="diff-controls">
        <SelectField label={t('versions.diff.from')} value={from} onChange={(e) => setFrom(e.target.value)}>
          {options}
        </SelectField>
        <SelectField label={t('versions.diff.to')} value={to} onChange={(e) => setTo(e.target.value)}>
          {options}
          <option value="draft">{t('versions.diff.draft')}</option>
        </SelectField>
        <button type="button" onClick={compare}>
          {t('versions.diff.show')}
        </button>
      </div>
      <ErrorAlert message={error} />
      {result && (
        <div data-testid="diff-result">
          <h4>{t('versions.diff.text')}</h4>
          {result.blocks.every((block) => block.change === 'equal') && <p>{t('versions.diff.noChanges')}</p>}
          <DiffBlocks blocks={result.blocks} />
          {result.goals.length > 0 && (
            <table>
              <caption>{t('versions.diff.goals')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('versions.diff.goal')}</th>
                  <th scope="col">{t('versions.diff.indicator')}</th>
                  <th scope="col">{t('versions.diff.field')}</th>
                  <th scope="col">{t('versions.diff.before')}</th>
                  <th scope="col">{t('versions.diff.after')}</th>
                </tr>
              </thead>
              <tbody>
                {result.goals.map((change, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the rows are replaced all at once with each diff
                  <tr key={index}>
                    <td>{change.goalTitle.trim() || t('goal.untitled')}</td>
                    <td>{change.indicatorName ?? '–'}</td>
                    <td>{change.label}</td>
                    <td>{show(change.from)}</td>
                    <td>{show(change.to)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </section>
  );
}
