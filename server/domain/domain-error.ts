import type { MessageKey, MessageParams } from '../../shared/i18n';

/**
 * What kind of refusal a command met, in the domain's words. How each kind is answered over HTTP is
 * decided once, in `server/http/domain-status.ts`; a command never knows status codes.
 */
export type DomainErrorKind =
  /** The input breaks a rule (a password too short, a date out of range, a body that does not exist). */
  | 'invalid'
  /** The credentials were not accepted. */
  | 'unauthenticated'
  /** The caller may not do this (`can()` said no, or a guest outside their workshop). */
  | 'forbidden'
  /** Nothing by that id or code, as far as the caller may know. */
  | 'not_found'
  /** What is stored now does not allow it (already locked, a name taken, voting closed). */
  | 'conflict'
  /** It existed and is over (a workshop that has ended). */
  | 'gone'
  /** Well-formed, but it names what the workshop does not have (a phase, a group) or lacks what it needs. */
  | 'unprocessable'
  /** Too many attempts: the caller must wait before the next. */
  | 'too_many'
  /** A service outside Samsyn that the request needs did not answer (an organisation's identity provider). */
  | 'upstream';

/** Thrown by commands and queries: the kind of refusal, a stable code and the Swedish message that explains it. */
export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    readonly messageKey: MessageKey,
    readonly params?: MessageParams,
    /** For `too_many`: how many seconds until the next attempt is counted again. */
    readonly retryAfterSeconds?: number,
  ) {
    super(`${kind} ${code}`);
    this.name = 'DomainError';
  }
}
