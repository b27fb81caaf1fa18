import { argon2Hasher } from '../auth/passwords';
import { seedDemo } from '../demo/seed';
import { withDatabase } from './with-database';

// On purpose only: `npm start` seeds an empty embedded database by itself, but never a real server.
await withDatabase(async (database) => {
  await database.migrate();
  const { created } = await seedDemo(database.db, argon2Hasher);
  return created ? `Created the demo kommun Exempelkommun (${database.driver}).` : 'The demo kommun Exempelkommun already exists; nothing changed.';
});
