import { eq, inArray } from 'drizzle-orm';
import { summariseAssessments, type Assessment, type AssessmentSummary } from '../../shared/goals/follow-up';
import type { AppDb } from '../db/database';
import { goalAssessments } from '../db/schema';

/** The counts of each uppföljning named, from the register (within a second of the live document). */
export async function followUpSummaries(db: AppDb, documentIds: readonly string[]): Promise<Map<string, AssessmentSummary>> {
  const found = new Map<string, AssessmentSummary>();
  if (documentIds.length === 0) return found;
  const rows = await db
    .select({ documentId: goalAssessments.documentId, assessment: goalAssessments.assessment })
    .from(goalAssessments)
    .where(documentIds.length === 1 ? eq(goalAssessments.documentId, documentIds[0]!) : inArray(goalAssessments.documentId, [...documentIds]));
  const perDocument = new Map<string, Array<Assessment | null>>(documentIds.map((id) => [id, []]));
  for (const row of rows) perDocument.get(row.documentId)?.push(row.assessment as Assessment | null);
  for (const [id, assessments] of perDocument) found.set(id, summariseAssessments(assessments));
  return found;
}
