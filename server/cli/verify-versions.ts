import { verifyChains } from '../versions/verify-chains';
import { withDatabase } from './with-database';

// Exit 1 when any chain is broken: a fastställd version was changed or removed behind the trigger.
await withDatabase(async (database) => {
  await database.migrate();
  const { checked, breaks } = await verifyChains(database.db);
  if (breaks.length === 0) return `All ${checked} fastställda versions verified: every chain is intact.`;
  process.exitCode = 1;
  return [`${breaks.length} break(s) in ${checked} versions:`, ...breaks.map((b) => `  document ${b.documentId}, version ${b.number}: ${b.problem}`)].join('\n');
});
