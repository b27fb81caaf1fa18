import { useId } from 'react';
import { ASSESSMENTS, type Assessment } from '../../../shared/goals/follow-up';
import { t } from '../../../shared/i18n';

interface AssessmentFieldProps {
  value: Assessment | null;
  onChange(value: Assessment): void;
  /** At a delårsrapport the assessment is a helårsprognos, and its legend says so. */
  forecast: boolean;
  /** The goal's heading, so that the group is named with its goal ("Bedömning 2. Tryggare skolmiljö"). */
  goalHeadingId: string;
  disabled: boolean;
}

/** The bedömning as one radio group: Tab reaches it, the arrow keys choose. */
export function AssessmentField({ value, onChange, forecast, goalHeadingId, disabled }: AssessmentFieldProps) {
  const id = useId();
  return (
    <fieldset className="assessment" disabled={disabled} aria-labelledby={`${id}-legend ${goalHeadingId}`} aria-describedby={forecast ? `${id}-hint` : undefined} data-testid="assessment">
      <legend id={`${id}-legend`}>{t(forecast ? 'followUp.assessment.legendForecast' : 'followUp.assessment.legend')}</legend>
      {forecast && (
        <p id={`${id}-hint`} className="hint">
          {t('followUp.assessment.forecastHint')}
        </p>
      )}
      <div className="assessment-options">
        {ASSESSMENTS.map((assessment) => (
          <label key={assessment} className={`assessment-option assessment-${assessment}`}>
            <input type="radio" name={id} value={assessment} checked={value === assessment} onChange={() => onChange(assessment)} />
            {t(`assessment.${assessment}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
