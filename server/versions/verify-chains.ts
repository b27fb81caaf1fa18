import { asc, eq } from 'drizzle-orm';
import type { AppDb } from '../db/database';
import { auditLog, documentVersions, documents } from '../db/schema';
import { versionHash } from './hash';

interface ChainBreak {
  documentId: string;
  /** The version concerned; null when the break is about the chain as a whole. */
  number: number | null;
  problem: string;
}

/** A document's chain as the table holds it: what a kommun compares with a copy kept elsewhere. */
interface ChainHead {
  documentId: string;
  versions: number;
  head: string | null;
}

export interface VerifyReport {
  /** Documents with a chain (in the table or recorded on the document). */
  documents: number;
  /** Versions whose hash was recomputed. */
  checked: number;
  heads: ChainHead[];
  breaks: ChainBreak[];
}

type VersionRow = typeof documentVersions.$inferSelect;

/** Each version against the one before: numbering, the chain link, its own hash, and its hash scheme. */
function verifyRows(rows: VersionRow[], breaks: ChainBreak[]): void {
  rows.forEach((row, index) => {
    const previous = rows[index - 1];
    const expectedNumber = previous ? previous.number + 1 : 1;
    const at = (problem: string) => breaks.push({ documentId: row.documentId, number: row.number, problem });
    if (row.number !== expectedNumber) at(`number ${row.number}, expected ${expectedNumber} (a version is missing)`);
    if (row.previousHash !== (previous?.hash ?? null)) at('previous_hash does not match the version before');
    // A scheme never goes back along a chain: an older scheme covers fewer columns.
    if (previous && row.hashScheme < previous.hashScheme) at(`hash scheme ${row.hashScheme} after scheme ${previous.hashScheme}`);
    const recomputed = versionHash(row.hashScheme, row);
    if (recomputed === null) at(`unknown hash scheme ${row.hashScheme}`);
    else if (recomputed !== row.hash) at('content does not match its hash (changed after locking)');
  });
}

/**
 * Recomputes every document's chain of fastställda versions and compares each chain's length and head
 * with what was recorded outside the table when each version was locked (the document row and the audit
 * log), so a removed newest version or an emptied table is found too. Returns each break.
 */
export async function verifyChains(db: AppDb): Promise<VerifyReport> {
  const rows = await db.select().from(documentVersions).orderBy(asc(documentVersions.documentId), asc(documentVersions.number));
  const recorded = await db.select({ id: documents.id, count: documents.versionCount, head: documents.versionHead }).from(documents);
  const locks = await db.select({ documentId: auditLog.targetId, details: auditLog.details }).from(auditLog).where(eq(auditLog.action, 'document.locked'));

  const chains = new Map<string, VersionRow[]>();
  for (const row of rows) {
    const chain = chains.get(row.documentId);
    if (chain) chain.push(row);
    else chains.set(row.documentId, [row]);
  }
  const breaks: ChainBreak[] = [];
  const heads: ChainHead[] = [];
  const documentIds = new Set([...chains.keys(), ...recorded.filter((d) => d.count > 0).map((d) => d.id)]);
  const recordedById = new Map(recorded.map((d) => [d.id, d]));

  for (const documentId of [...documentIds].sort()) {
    const chain = chains.get(documentId) ?? [];
    verifyRows(chain, breaks);
    const newest = chain.at(-1);
    heads.push({ documentId, versions: chain.length, head: newest?.hash ?? null });
    const record = recordedById.get(documentId);
    if (!record) continue;
    if (record.count !== (newest?.number ?? 0)) {
      breaks.push({ documentId, number: null, problem: `the document records ${record.count} version(s), the table's newest is ${newest?.number ?? 'none'} (versions removed or the table emptied)` });
    } else if (record.head !== (newest?.hash ?? null)) {
      breaks.push({ documentId, number: newest?.number ?? null, problem: 'the newest version is not the chain head recorded on the document' });
    }
  }

  // Locks recorded since the audit log carries the hash: each must still be in the table, unchanged.
  for (const lock of locks) {
    const { number, hash } = lock.details as { number?: unknown; hash?: unknown };
    if (!lock.documentId || typeof number !== 'number' || typeof hash !== 'string') continue;
    const row = chains.get(lock.documentId)?.find((r) => r.number === number);
    if (!row) breaks.push({ documentId: lock.documentId, number, problem: `the audit log records version ${number} (hash ${hash}); the table has none` });
    else if (row.hash !== hash) breaks.push({ documentId: lock.documentId, number, problem: `the hash differs from the one the audit log recorded at locking (${hash})` });
  }
  return { documents: documentIds.size, checked: rows.length, heads, breaks };
}
