import type { svInput } from './sv-input';

/** English twin of sv-input.ts. */
export const enInput: Record<keyof typeof svInput, string> = {
  'error.bodyTooLarge': 'The request is too large (at most {limit}).',
  'error.invalidCharacters': 'The text contains characters that cannot be saved (such as null characters): {fields}.',
  'error.nothingToChange': 'The request contains nothing to change.',
  'error.conflict': 'Something with the same details already exists.',
  'error.bodyNameTaken': 'There is already a body with that name.',
  'workshop.error.dateOutOfRange': 'The date must be between {from} and {to}.',
};
