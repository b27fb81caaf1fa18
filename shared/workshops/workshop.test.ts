import { describe, expect, it } from 'vitest';
import { boardLayout } from './board-layouts';
import { defaultGroupNames, defaultPhases, WORKSHOP_DEFAULTS, WORKSHOP_TYPES } from './workshop';

describe('workshop defaults', () => {
  it('phases run Inledning → Gruppernas arbete → Gruppering → Röstning → Sammanställning, each with an instruction', () => {
    const phases = defaultPhases();
    expect(phases.map((phase) => phase.name)).toEqual(['Inledning', 'Gruppernas arbete', 'Gruppering', 'Röstning', 'Sammanställning']);
    for (const phase of phases) expect(phase.instruction.length).toBeGreaterThan(20);
    expect(phases.filter((phase) => phase.votingOpen).map((phase) => phase.id)).toEqual(['rostning']);
    expect(phases.filter((phase) => phase.cardsOpen).map((phase) => phase.id)).toEqual(['grupparbete', 'gruppering']);
  });

  it('omvärldsdag compiles into an omvärldsanalys on a PESTEL board; budgetdag into a budgetdag-underlag per nämnd', () => {
    expect(WORKSHOP_DEFAULTS.omvarldsdag).toEqual({ layout: 'pestel', compilesTo: 'omvarldsanalys' });
    expect(WORKSHOP_DEFAULTS.budgetdag).toEqual({ layout: 'budget', compilesTo: 'budgetunderlag' });
    for (const type of WORKSHOP_TYPES) expect(boardLayout(WORKSHOP_DEFAULTS[type].layout, [{ id: 'x', name: 'X' }]).columns.length).toBeGreaterThan(0);
  });

  it('names tables Grupp 1, Grupp 2, …', () => {
    expect(defaultGroupNames(3)).toEqual(['Grupp 1', 'Grupp 2', 'Grupp 3']);
  });
});
