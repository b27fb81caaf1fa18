import type { GuestSubject, Subject } from '../../shared/auth/permissions';
import type { GuestPrincipal } from './guest-sessions';
import type { Principal } from './principal';

/**
 * Who may act in a workshop: a member (signed in) or a guest (joined one workshop by code). Only
 * workshop routes and workshop rooms take a caller; everything else takes a member `Principal`.
 */
export type Caller = { kind: 'member'; principal: Principal; subject: Subject } | { kind: 'guest'; guest: GuestPrincipal; subject: GuestSubject };

export const memberCaller = (principal: Principal): Caller => ({ kind: 'member', principal, subject: principal.subject });
export const guestCaller = (guest: GuestPrincipal): Caller => ({ kind: 'guest', guest, subject: guest.subject });
