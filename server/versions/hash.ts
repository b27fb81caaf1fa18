import { createHash } from 'node:crypto';
import { canonicalJson } from '../../shared/text/canonical-json';


/**
 * How a version's hash is computed; stored with each row, so rows keep verifying by the rule they were
 * locked with. 1: content and metadata, not the rendered forms. 2: every column a reader sees, the
 * rendered HTML and text and the Yjs state (by its SHA-256) included.
 */
export const HASH_SCHEME = 2;

interface HashedVersion {
  documentId: string;
  number: number;
  title: string;
  contentJson: unknown;
  goals: unknown;
  decision: unknown;
  note: string | null;
  lockedBy: string;
  lockedAt: Date;
  previousHash: string | null;
}

export interface HashedVersionV2 extends HashedVersion {
  plainText: string;
  html: string;
  yjsState: Uint8Array;
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** The columns scheme 1 covers, picked by name: a row read back from the table has more. */
function coveredV1(version: HashedVersion): HashedVersion {
  const { documentId, number, title, contentJson, goals, decision, note, lockedBy, lockedAt, previousHash } = version;
  return { documentId, number, title, contentJson, goals, decision, note, lockedBy, lockedAt, previousHash };
}

/** SHA-256 over the canonical form of a version's columns and the previous version's hash; null for a scheme this code does not know. */
export function versionHash(scheme: number, version: HashedVersionV2): string | null {
  const covered = { ...coveredV1(version), lockedAt: version.lockedAt.toISOString() };
  if (scheme === 1) return sha256(canonicalJson(covered));
  if (scheme !== 2) return null;
  return sha256(canonicalJson({ ...covered, plainText: version.plainText, html: version.html, yjsStateSha256: sha256(version.yjsState), hashScheme: 2 }));
}
