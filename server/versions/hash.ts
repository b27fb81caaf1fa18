import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every level: the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

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
