import './goal-settings.css';
import { useId, useState, type FormEvent } from 'react';
import { t } from '../../../../shared/i18n';
import { updateSettings } from '../../api/admin-organisation';
import type { Organisation } from '../../../../shared/api/organisations';
import { ErrorAlert, StatusMessage } from '../../components/Alerts';
import { Checkbox } from '../../components/fields';
import { useSubmit } from '../../forms/useSubmit';
import { FollowUpPeriodsFieldset } from './FollowUpPeriodsFieldset';
import { GoalCountRuleFieldset } from './GoalCountRuleFieldset';
import { GoalLevelsFieldset } from './GoalLevelsFieldset';
import { draftOf, fieldErrors, settingsOf, type GoalSettingsDraft } from './goal-settings-draft';

/** "Mål och uppföljning": the kommun's goal levels, count rule, parent rule and follow-up periods (shared/goals/goal-settings.ts). */
export function GoalSettingsForm({ organisation, onSaved }: { organisation: Organisation; onSaved(organisation: Organisation): void }) {
  const headingId = useId();
  const [draft, setDraft] = useState<GoalSettingsDraft>(() => draftOf(organisation.settings));
  const [shown, setShown] = useState(false);
  const [saved, setSaved] = useState(false);
  const { busy, error, setError, run } = useSubmit();
  const errors = shown ? fieldErrors(draft, settingsOf(draft)) : new Map<string, string>();
  const change = (next: Partial<GoalSettingsDraft>) => {
    setSaved(false);
    setDraft({ ...draft, ...next });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setSaved(false);
    setError(null);
    setShown(true);
    const settings = settingsOf(draft);
    if (fieldErrors(draft, settings).size > 0) return;
    await run(async () => {
      const updated = await updateSettings(settings);
      setDraft(draftOf(updated.settings));
      setShown(false);
      setSaved(true);
      onSaved(updated);
    });
  };

  return (
    <section aria-labelledby={headingId} className="panel goal-settings">
      <h2 id={headingId}>{t('goalSettings.heading')}</h2>
      <p>{t('goalSettings.intro')}</p>
      <StatusMessage>{saved ? t('goalSettings.saved') : null}</StatusMessage>
      <form onSubmit={submit} noValidate className="form">
        <ErrorAlert message={error} />
        <GoalLevelsFieldset levels={draft.levels} errors={errors} onChange={(levels) => change({ levels })} />
        <GoalCountRuleFieldset draft={draft} errors={errors} onChange={change} />
        <Checkbox
          label={t('goalSettings.requireParent')}
          hint={t('goalSettings.requireParentHint')}
          checked={draft.requireParentGoal}
          onChange={(event) => change({ requireParentGoal: event.target.checked })}
        />
        <FollowUpPeriodsFieldset periods={draft.periods} errors={errors} onChange={(periods) => change({ periods })} />
        <button type="submit" className="button-primary">
          {busy ? t('form.working') : t('goalSettings.submit')}
        </button>
      </form>
    </section>
  );
}
