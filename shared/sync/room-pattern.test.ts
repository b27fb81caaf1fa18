import { describe, expect, it } from 'vitest';
import { roomPattern } from './room-pattern';
import { boardRooms, documentRoom, documentRooms, commentsRooms } from './rooms';

const a = '0b6f2c3e-1d4a-4b5c-8d6e-7f8091a2b3c4';
const b = '9c8d7e6f-5a4b-4c3d-9e2f-1a0b9c8d7e6f';

describe('room name patterns', () => {
  it('builds a name and parses it back into its ids', () => {
    expect(boardRooms.name({ workshopId: a, groupId: b })).toBe(`ws:${a}:board:${b}`);
    expect(boardRooms.parse(`ws:${a}:board:${b}`)).toEqual({ workshopId: a, groupId: b });
  });

  it('claims only its own names: whole, with UUIDs, nothing around them', () => {
    expect(documentRooms.parse(`doc:${a}:comments`)).toBeNull();
    expect(commentsRooms.parse(documentRoom(a))).toBeNull();
    expect(documentRooms.parse(`doc:${a.toUpperCase()}`)).toBeNull();
    expect(documentRooms.parse('doc:not-a-uuid')).toBeNull();
    expect(documentRooms.parse(`xdoc:${a}`)).toBeNull();
  });

  it('reads the fixed parts literally', () => {
    const dotted = roomPattern('a.b:{id}');
    expect(dotted.parse(`a.b:${a}`)).toEqual({ id: a });
    expect(dotted.parse(`axb:${a}`)).toBeNull();
  });
});
