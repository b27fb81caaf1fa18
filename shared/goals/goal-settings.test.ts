import { describe, expect, it } from 'vitest';
import { DEFAULT_ORGANISATION_SETTINGS } from '../domain/organisation-settings';
import { t } from '../i18n';
import { goalSettingsProblems, type GoalSettings } from './goal-settings';

const defaults: GoalSettings = DEFAULT_ORGANISATION_SETTINGS;
const problems = (over: Partial<GoalSettings>) => goalSettingsProblems({ ...defaults, ...over }).map((problem) => [problem.field, t(problem.messageKey, problem.params)]);
const level = (key: string, name = key, goalName = `${name}mål`) => ({ key, name, goalName });
const period = (key: string, asOf = '08-31', name = key) => ({ key, name, asOf, forecast: false });

describe("checks of a kommun's goal settings", () => {
  it('finds nothing wrong with the defaults, nor with a kommun of its own', () => {
    expect(goalSettingsProblems(defaults)).toEqual([]);
    expect(problems({ goalLevels: [level('koncern', 'Koncerngemensamma mål'), level('namnd', 'Nämnd')], goalCountRule: { kind: 'totalWithTop', max: 7 } })).toEqual([]);
  });

  it('takes 1–8 levels with unique keys and names of 1–80 characters', () => {
    expect(problems({ goalLevels: [] })).toEqual([['goalLevels', 'Ange från 1 till 8 nivåer.']]);
    expect(problems({ goalLevels: Array.from({ length: 9 }, (_, i) => level(`n${i}`)) })).toHaveLength(1);
    expect(problems({ goalLevels: [level('kf', 'KF'), level('kf', 'Nämnd'), level('Bolag', 'Bolag')] })).toEqual([
      ['goalLevels.1.key', 'Nivå 2 har samma nyckel som en annan nivå (kf).'],
      ['goalLevels.2.key', 'Nivå 3 har en ogiltig nyckel (Bolag): använd a–z, 0–9 och bindestreck.'],
    ]);
    expect(problems({ goalLevels: [level('kf', '  '), level('namnd', 'x'.repeat(81), 'Nämndmål'), level('enhet', 'Enhet', ''), level('bolag', 'Enhet')] })).toEqual([
      ['goalLevels.0.name', 'Nivå 1: ange ett namn på högst 80 tecken.'],
      ['goalLevels.1.name', 'Nivå 2: ange ett namn på högst 80 tecken.'],
      ['goalLevels.2.goalName', 'Nivå 3: ange vad målen heter, högst 80 tecken.'],
      ['goalLevels.3.name', 'Nivå 4 heter Enhet, precis som en annan nivå.'],
    ]);
  });

  it('takes a maximum of 1–50 per level (or none), and in total', () => {
    expect(problems({ goalCountRule: { kind: 'perLevel', max: { kf: 0, namnd: 2.5, enhet: null } } })).toEqual([
      ['goalCountRule.max.kf', 'Högst antal mål för nivån Kommunfullmäktige: ange ett heltal från 1 till 50, eller lämna tomt.'],
      ['goalCountRule.max.namnd', 'Högst antal mål för nivån Nämnd / styrelse / bolag: ange ett heltal från 1 till 50, eller lämna tomt.'],
    ]);
    expect(problems({ goalCountRule: { kind: 'perLevel', max: { 'Inte-en-nyckel': 3 } } })[0]![0]).toBe('goalCountRule.max.Inte-en-nyckel');
    expect(problems({ goalCountRule: { kind: 'totalWithTop', max: 51 } })).toEqual([['goalCountRule.max', 'Totalt högst antal mål: ange ett heltal från 1 till 50.']]);
  });

  it('takes 1–12 follow-up periods with unique keys, names and real days', () => {
    expect(problems({ followUpPeriods: [] })).toEqual([['followUpPeriods', 'Ange från 1 till 12 uppföljningar.']]);
    expect(problems({ followUpPeriods: [period('delar', '02-29'), period('delar', '02-30', 'Andra'), period('tertial', '4-30'), period('t2', '04-30', 'tertial')] })).toEqual([
      ['followUpPeriods.1.key', 'Uppföljning 2 har samma nyckel som en annan uppföljning (delar).'],
      ['followUpPeriods.1.asOf', 'Uppföljning 2: 02-30 är ingen dag på året.'],
      ['followUpPeriods.2.asOf', 'Uppföljning 3: 4-30 är ingen dag på året.'],
      ['followUpPeriods.3.name', 'Uppföljning 4 heter tertial, precis som en annan uppföljning.'],
    ]);
  });
});
