import { describe, expect, it } from 'vitest';
import { boardLayout } from '../../../../shared/workshops/board-layouts';
import { EMPTY_CONTROL } from '../../../../shared/workshops/control';
import { defaultPhases } from '../../../../shared/workshops/workshop';
import type { RoomState } from '../../editor/collab-room';
import { categoriesOf, categoryLabel, closedReason } from './board-state';

const [intro, groups, , voting] = defaultPhases();
const writing: RoomState = { connection: 'connected', closeCode: null, mode: 'write', modeReason: null, accessChecks: 1, saved: true };

describe('closedReason: why a participant cannot write cards now', () => {
  it('is null while the phase has cards open, the board is not locked and the connection may write', () => {
    expect(closedReason(groups!, EMPTY_CONTROL, 'g1', writing)).toBeNull();
  });

  it('says why, the day first, then the phase, the lock and the connection', () => {
    expect(closedReason(null, EMPTY_CONTROL, 'g1', writing)).toBe('noPhase');
    expect(closedReason(intro!, EMPTY_CONTROL, 'g1', writing)).toBe('phase');
    expect(closedReason(voting!, EMPTY_CONTROL, 'g1', { ...writing, mode: 'read' })).toBe('voting');
    expect(closedReason(groups!, { ...EMPTY_CONTROL, lockedGroups: ['g1'] }, 'g1', writing)).toBe('locked');
    expect(closedReason(groups!, { ...EMPTY_CONTROL, lockedGroups: ['g2'] }, 'g1', writing)).toBeNull();
    expect(closedReason(groups!, EMPTY_CONTROL, 'g1', { ...writing, mode: 'read' })).toBe('readOnly');
    expect(closedReason(groups!, EMPTY_CONTROL, 'g1', { ...writing, mode: null })).toBe('connecting');
  });
});

describe('categoriesOf', () => {
  it('lists every category in board order, named with its column', () => {
    const categories = categoriesOf(boardLayout('pestel'));
    expect(categories).toHaveLength(12);
    expect(categoryLabel(categories[0]!)).toBe('Politiska – Möjligheter');
    expect(categoryLabel(categories[3]!)).toBe('Ekonomiska – Utmaningar');
  });
});
