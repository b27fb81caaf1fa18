import type { MessageKey } from './sv';

/** English for the keys of sv-login-lock.ts. */
export const enLoginLock: Partial<Record<MessageKey, string>> = {
  'admin.users.liftLoginLock': 'Lift sign-in lock',
  'admin.users.liftLoginLockLabel': 'Lift the sign-in lock for {name}',
  'admin.users.loginLockLifted': 'The sign-in lock for {name} has been lifted: {name} can sign in again straight away.',
  'admin.users.noLoginLock': '{name} had no failed sign-in attempts to forget.',
};
