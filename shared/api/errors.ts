/** The body of every refusal and failure (server/http/errors.ts), with the HTTP status. */
import { z } from 'zod';

export const errorBody = z.object({
  error: z.object({
    /** Stable, for programs: `invalid_input`, `forbidden`, `document_not_found` … */
    code: z.string(),
    /** Swedish, for people: shown as it is. */
    message: z.string(),
  }),
});
