import { ApiFailure, messageOf } from '../../api/http';

type UserField = 'name' | 'email' | 'role' | 'password' | 'bodies';
export type UserErrors = Partial<Record<UserField | 'form', string>>;

// Server error codes that concern one field; everything else is shown for the whole form.
const FIELD_OF_CODE: Record<string, UserField> = {
  email_taken: 'email',
  password_too_short: 'password',
  body_not_found: 'bodies',
  last_admin: 'role',
};

/** Puts a refused save's Swedish message next to the field it concerns. */
export function userErrorsFrom(error: unknown): UserErrors {
  const field = error instanceof ApiFailure ? FIELD_OF_CODE[error.code] : undefined;
  return field ? { [field]: messageOf(error) } : { form: messageOf(error) };
}
