import { afterAll, afterEach } from 'vitest';
import { takeUnexpectedServerErrors } from '../helpers/server-errors';

// No input in the suites may answer 5xx: a test whose requests got one fails, naming them.
function assertNone(): void {
  const errors = takeUnexpectedServerErrors();
  if (errors.length > 0) throw new Error(`the server answered 5xx where the test expected none:\n${errors.join('\n')}`);
}

afterEach(assertNone);
// Requests made in beforeAll/afterAll hooks count too.
afterAll(assertNone);
