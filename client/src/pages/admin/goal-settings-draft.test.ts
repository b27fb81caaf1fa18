import { describe, expect, it } from 'vitest';
import { DEFAULT_ORGANISATION_SETTINGS } from '../../../../shared/domain/organisation-settings';
import { draftOf, fieldErrors, newLevel, newPeriod, settingsOf } from './goal-settings-draft';

describe("the admin form's draft of the goal settings", () => {
  it('gives back the settings it was made from', () => {
    const { goalLevels, goalCountRule, requireParentGoal, followUpPeriods } = DEFAULT_ORGANISATION_SETTINGS;
    expect(settingsOf(draftOf(DEFAULT_ORGANISATION_SETTINGS))).toEqual({ goalLevels, goalCountRule, requireParentGoal, followUpPeriods });
  });

  it('keeps a renamed or moved level its key, and gives a new one a key from its name', () => {
    const draft = draftOf(DEFAULT_ORGANISATION_SETTINGS);
    const [kf, namnd, ...rest] = draft.levels;
    const added = { ...newLevel(), name: 'Enhet', goalName: 'Arbetsplatsmål' };
    const changed = { ...draft, levels: [{ ...namnd!, name: 'Nämnd' }, kf!, ...rest, added] };
    const settings = settingsOf(changed);
    expect(settings.goalLevels.map((level) => [level.key, level.name])).toEqual([
      ['namnd', 'Nämnd'],
      ['kf', 'Kommunfullmäktige'],
      ['forvaltning', 'Förvaltning'],
      ['enhet', 'Enhet'],
      ['enhet-2', 'Enhet'],
    ]);
    expect(fieldErrors(changed, settings)).toEqual(new Map([[`level:${added.id}:name`, 'Nivå 5 heter Enhet, precis som en annan nivå.']]));
  });

  it('shows each problem beside the field of its row', () => {
    const draft = draftOf(DEFAULT_ORGANISATION_SETTINGS);
    const level = { ...newLevel(), goalName: 'Mål' };
    const period = { ...newPeriod(), name: 'Tertial', month: '4', day: '31' };
    const bad = { ...draft, levels: [{ ...draft.levels[0]!, max: 'fem' }, ...draft.levels.slice(1), level], periods: [...draft.periods, period] };
    expect(fieldErrors(bad, settingsOf(bad))).toEqual(
      new Map([
        [`level:${level.id}:name`, 'Nivå 5: ange ett namn på högst 80 tecken.'],
        [`max:${draft.levels[0]!.id}`, 'Högst antal mål för nivån Kommunfullmäktige: ange ett heltal från 1 till 50, eller lämna tomt.'],
        [`period:${period.id}:asOf`, 'Uppföljning 3: 04-31 är ingen dag på året.'],
      ]),
    );
    const total = { ...draft, ruleKind: 'totalWithTop' as const, totalMax: '' };
    expect([...fieldErrors(total, settingsOf(total)).keys()]).toEqual(['total']);
    expect(settingsOf({ ...draft, ruleKind: 'totalWithTop' }).goalCountRule).toEqual({ kind: 'totalWithTop', max: 7 });
  });
});
