import { parseArgs } from 'node:util';
import { ROLES, type Role } from '../../shared/domain/roles';
import { findOrCreateOrganisation } from '../accounts/organisations';
import { createUser } from '../accounts/users';
import { argon2Hasher } from '../auth/passwords';
import { organisations } from '../db/schema';
import { withDatabase } from './with-database';

const usage =
  'Usage: npm run user:create -- --email someone@kommun.se --role admin [--name "Full Name"] [--organisation "Kommunnamn"]';

const { values } = parseArgs({
  options: { email: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' }, organisation: { type: 'string' } },
  strict: true,
});

/** Creates a user (typically the first admin of a real install) with a generated password, printed once. */
await withDatabase(async (database) => {
  if (!values.email || !values.role) throw new Error(usage);
  if (!(ROLES as readonly string[]).includes(values.role)) throw new Error(`--role must be one of ${ROLES.join(', ')}`);
  await database.migrate();

  const existing = await database.db.select().from(organisations);
  let organisation = existing.length === 1 && !values.organisation ? existing[0]! : undefined;
  if (!organisation) {
    if (!values.organisation) {
      throw new Error(`${existing.length === 0 ? 'No organisation exists yet' : 'Several organisations exist'}: name one with --organisation "Kommunnamn".`);
    }
    organisation = (await findOrCreateOrganisation(database.db, values.organisation)).organisation;
  }

  const { user, password } = await createUser(
    database.db,
    argon2Hasher,
    { organisationId: organisation.id, userId: null, at: new Date() },
    { email: values.email, name: values.name ?? values.email, role: values.role as Role },
  );
  return [
    `Created ${user.email} (${user.role}) in ${organisation.name}.`,
    `Password (shown once; Samsyn asks for a new one at the first login): ${password}`,
  ].join('\n');
});
