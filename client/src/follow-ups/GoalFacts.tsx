import type { FollowUpGoalData } from '../../../shared/goals/follow-up-document';
import { t } from '../../../shared/i18n';

/** The goal as its måldokument fastställde it: version, parent and viljeinriktning, read-only. */
export function GoalFacts({ data }: { data: FollowUpGoalData }) {
  const { parent } = data;
  const paragraphs = data.goal.viljeinriktningText.split('\n').filter((line) => line.trim() !== '');
  return (
    <div className="goal-facts">
      <p className="hint">{t('followUp.block.version', { version: data.version })}</p>
      {parent && (
        <p data-testid="follow-up-parent">
          {parent.version === null
            ? t('followUp.block.parentDraft', { title: parent.title, document: parent.documentTitle })
            : t('followUp.block.parent', { title: parent.title, document: parent.documentTitle, version: parent.version })}
        </p>
      )}
      <p className="label">{t('followUp.block.viljeinriktning')}</p>
      {paragraphs.length === 0 ? (
        <p className="hint">{t('followUp.block.noViljeinriktning')}</p>
      ) : (
        <div className="viljeinriktning">
          {paragraphs.map((paragraph, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: read-only paragraphs of a fixed text
            <p key={index}>{paragraph}</p>
          ))}
        </div>
      )}
    </div>
  );
}
