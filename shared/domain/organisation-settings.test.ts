import { describe, expect, it } from 'vitest';
import { DEFAULT_GOAL_LEVELS } from '../goals/levels';
import { DEFAULT_ORGANISATION_SETTINGS, organisationSettings } from './organisation-settings';

describe('organisation settings as stored', () => {
  it('fills every setting missing with its default', () => {
    expect(organisationSettings(null)).toEqual(DEFAULT_ORGANISATION_SETTINGS);
    expect(organisationSettings({ restrictEditingToBodyMembers: true, workshopLimits: { maxCardsPerBoard: 50 } })).toMatchObject({
      restrictEditingToBodyMembers: true,
      workshopLimits: { maxCardsPerBoard: 50, maxCardsPerParticipant: 60 },
      goalLevels: DEFAULT_GOAL_LEVELS,
      goalCountRule: { kind: 'perLevel', max: { kf: 5, namnd: 3, forvaltning: null, enhet: null } },
      requireParentGoal: false,
      followUpPeriods: [
        { key: 'delarsrapport', name: 'Delårsrapport', asOf: '08-31', forecast: true },
        { key: 'arsredovisning', name: 'Årsredovisning', asOf: '12-31', forecast: false },
      ],
    });
  });

  it('reads the old maxGoals of three fixed levels as a per-level count rule, and drops it', () => {
    const settings = organisationSettings({ lockRoles: ['admin'], maxGoals: { kf: 4, namnd: null, forvaltning: 6 } });
    expect(settings.goalCountRule).toEqual({ kind: 'perLevel', max: { kf: 4, namnd: null, forvaltning: 6, enhet: null } });
    expect(settings).not.toHaveProperty('maxGoals');
    expect(settings.lockRoles).toEqual(['admin']);
  });

  it('keeps a count rule once there is one, whatever an old maxGoals beside it says', () => {
    const settings = organisationSettings({ goalCountRule: { kind: 'totalWithTop', max: 7 }, maxGoals: { kf: 1 } });
    expect(settings.goalCountRule).toEqual({ kind: 'totalWithTop', max: 7 });
  });
});
