import type { Role } from '../domain/roles';

/**
 * The demo kommun's sign-in accounts, one per role (../DESIGN.md, "Demo users"): a demo install's login
 * page lists them. The server seeds the same accounts (server/demo/exempelkommun.ts); a browser test
 * checks that the two lists agree.
 */
export const DEMO_ACCOUNT_PASSWORD = 'samsyn-demo';

export const DEMO_ACCOUNTS: ReadonlyArray<{ email: string; role: Role }> = [
  { email: 'admin@exempelkommun.se', role: 'admin' },
  { email: 'processledare@exempelkommun.se', role: 'facilitator' },
  { email: 'politiker@exempelkommun.se', role: 'politician' },
  { email: 'tjansteperson@exempelkommun.se', role: 'official' },
  { email: 'opposition@exempelkommun.se', role: 'commenter' },
  { email: 'revisor@exempelkommun.se', role: 'viewer' },
];
