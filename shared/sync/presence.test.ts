import { describe, expect, it } from 'vitest';
import { readPresenceUser, readWorkshopPresence } from './presence';
import { userColor } from './user-color';

describe('awareness states as clients read them', () => {
  it('reads a well-formed caret user', () => {
    expect(readPresenceUser({ user: { id: 'u1', name: 'Sara Holm', color: '#1f5fa8' }, cursor: null })).toEqual({ id: 'u1', name: 'Sara Holm', color: '#1f5fa8' });
  });

  it('ignores states of the wrong shape instead of trusting them', () => {
    for (const state of [null, 5, 'x', [], {}, { user: 5 }, { user: [] }, { user: { id: 'u1', name: 5 } }, { user: { id: 7, name: 'A' } }, { user: { id: 'u1', name: '  ' } }, { user: { id: 'u1', name: 'x'.repeat(201) } }]) {
      expect(readPresenceUser(state)).toBeNull();
    }
  });

  it('gives a user with an odd colour their own stable colour (a colour is CSS in the page)', () => {
    expect(readPresenceUser({ user: { id: 'u1', name: 'Sara', color: 'red;background:url(x)' } })?.color).toBe(userColor('u1'));
  });

  it('reads a workshop participant and ignores a malformed one', () => {
    expect(readWorkshopPresence({ name: 'Åsa', groupId: 'g1', done: true })).toEqual({ name: 'Åsa', groupId: 'g1', done: true });
    expect(readWorkshopPresence({ name: 'Åsa', groupId: 3, done: 'yes' })).toEqual({ name: 'Åsa', groupId: null, done: false });
    expect(readWorkshopPresence({ name: 42 })).toBeNull();
    expect(readWorkshopPresence(null)).toBeNull();
  });
});
