import * as Y from 'yjs';
import { notesRoom } from '../../shared/sync/rooms';
import type { AppDb } from '../db/database';
import type { RoomWriter } from '../sync/room-writer';
import { groupsOf } from './load';

/** One group's notes as the sammanställning lists them: plain-text paragraphs, empty ones left out. */
export interface GroupNotes {
  groupName: string;
  paragraphs: string[];
}

/** Block nodes whose text is one paragraph of the notes; anything else (lists, quotes) is walked into. */
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'codeBlock']);

function plainText(node: Y.XmlElement | Y.XmlText | Y.XmlHook): string {
  if (node instanceof Y.XmlText) {
    return (node.toDelta() as Array<{ insert: unknown }>).map((op) => (typeof op.insert === 'string' ? op.insert : '')).join('');
  }
  if (node instanceof Y.XmlElement) {
    if (node.nodeName === 'hardBreak') return ' ';
    return node.toArray().map(plainText).join('');
  }
  return '';
}

function collect(node: Y.XmlElement | Y.XmlText | Y.XmlHook, out: string[]): void {
  if (node instanceof Y.XmlElement && !TEXT_BLOCKS.has(node.nodeName)) {
    for (const child of node.toArray()) collect(child, out);
    return;
  }
  const text = plainText(node).replace(/\s+/g, ' ').trim();
  if (text) out.push(text);
}

/** The notes' `body` XmlFragment (the editor's schema) as plain-text paragraphs, one per text block. */
export function notesParagraphs(doc: Y.Doc): string[] {
  const out: string[] = [];
  for (const node of doc.getXmlFragment('body').toArray()) collect(node, out);
  return out;
}

/**
 * Every group's notes as they are now, in group order, read through the room writer like the boards
 * (board-states.ts): the live room when the sync server has it, else the stored state.
 */
export async function readNotesStates(db: AppDb, rooms: RoomWriter, workshopId: string): Promise<GroupNotes[]> {
  const states: GroupNotes[] = [];
  for (const group of await groupsOf(db, workshopId)) {
    states.push({ groupName: group.name, paragraphs: await rooms.readRoom(notesRoom(workshopId, group.id), notesParagraphs) });
  }
  return states;
}
