import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { EMPTY_CONTROL, readControl, writeControl } from './control';

describe('the control room layout', () => {
  it('reads an empty room as before the day starts', () => {
    expect(readControl(new Y.Doc())).toEqual(EMPTY_CONTROL);
  });

  it('writes only what changed, in one update', () => {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    const state = { ...EMPTY_CONTROL, phaseId: 'rostning', lockedGroups: ['g1'] };
    writeControl(doc, state);
    expect(updates).toHaveLength(1);
    writeControl(doc, state);
    expect(updates).toHaveLength(1);
    writeControl(doc, { ...state, votesRevealed: true, tallies: { c1: 3 }, presentedGroupId: 'g2' });
    expect(updates).toHaveLength(2);
    expect(readControl(doc)).toEqual({ ...state, votesRevealed: true, tallies: { c1: 3 }, presentedGroupId: 'g2' });
  });
});
