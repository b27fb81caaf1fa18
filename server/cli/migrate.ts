import { withDatabase } from './with-database';

await withDatabase(async (database) => {
  await database.migrate();
  return `Migrations applied (${database.driver}).`;
});
