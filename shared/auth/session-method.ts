/** How a member's session was started. */
export type SessionMethod = 'password' | 'oidc';
