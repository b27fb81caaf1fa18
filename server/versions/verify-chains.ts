import { asc } from 'drizzle-orm';
import type { AppDb } from '../db/database';
import { documentVersions } from '../db/schema';
import { versionHash } from './hash';

export interface ChainBreak {
  documentId: string;
  number: number;
  problem: string;
}

/** Recomputes every document's chain of fastställda versions; returns each break found. */
export async function verifyChains(db: AppDb): Promise<{ checked: number; breaks: ChainBreak[] }> {
  const rows = await db.select().from(documentVersions).orderBy(asc(documentVersions.documentId), asc(documentVersions.number));
  const breaks: ChainBreak[] = [];
  let previous: (typeof rows)[number] | undefined;
  for (const row of rows) {
    const first = previous?.documentId !== row.documentId;
    const expectedNumber = first ? 1 : previous!.number + 1;
    const expectedPrevious = first ? null : previous!.hash;
    if (row.number !== expectedNumber) breaks.push({ documentId: row.documentId, number: row.number, problem: `number ${row.number}, expected ${expectedNumber} (a version is missing)` });
    if (row.previousHash !== expectedPrevious) breaks.push({ documentId: row.documentId, number: row.number, problem: 'previous_hash does not match the version before' });
    const recomputed = versionHash({
      documentId: row.documentId,
      number: row.number,
      title: row.title,
      contentJson: row.contentJson,
      goals: row.goals,
      decision: row.decision,
      note: row.note,
      lockedBy: row.lockedBy,
      lockedAt: row.lockedAt,
      previousHash: row.previousHash,
    });
    if (recomputed !== row.hash) breaks.push({ documentId: row.documentId, number: row.number, problem: 'content does not match its hash (changed after locking)' });
    previous = row;
  }
  return { checked: rows.length, breaks };
}
