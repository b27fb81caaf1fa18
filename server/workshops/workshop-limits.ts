import { eq } from 'drizzle-orm';
import { organisationSettings } from '../../shared/domain/organisation-settings';
import type { WorkshopLimits } from '../../shared/workshops/limits';
import type { AppDb } from '../db/database';
import { organisations } from '../db/schema';

/** A kommun's card limits as now stored (a guest has no principal to carry the organisation's settings). */
export async function workshopLimits(db: AppDb, organisationId: string): Promise<WorkshopLimits> {
  const [row] = await db.select({ settings: organisations.settings }).from(organisations).where(eq(organisations.id, organisationId));
  return organisationSettings(row?.settings).workshopLimits;
}
