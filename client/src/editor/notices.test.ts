import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { savedCovers } from './notices';

describe('whether the server has what this device holds', () => {
  it('counts the edits made here, and what the device held when it opened (edits from before a reload)', () => {
    const before = new Y.Doc();
    before.getText('t').insert(0, 'skrivet offline');
    const heldAtOpen = Y.decodeStateVector(Y.encodeStateVector(before));
    const reloaded = new Y.Doc();
    Y.applyUpdate(reloaded, Y.encodeStateAsUpdate(before));
    // A new client id after the reload: its own edits are none, but the server has not said it has the old ones.
    expect(savedCovers(null, reloaded)).toBe(true);
    expect(savedCovers(null, reloaded, heldAtOpen)).toBe(false);
    expect(savedCovers(new Map(), reloaded, heldAtOpen)).toBe(false);
    expect(savedCovers(heldAtOpen, reloaded, heldAtOpen)).toBe(true);
    reloaded.getText('t').insert(0, 'och nu ');
    expect(savedCovers(heldAtOpen, reloaded, heldAtOpen)).toBe(false);
    expect(savedCovers(Y.decodeStateVector(Y.encodeStateVector(reloaded)), reloaded, heldAtOpen)).toBe(true);
  });
});
