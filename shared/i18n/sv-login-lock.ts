/** Swedish messages for lifting a login lock (admin users page); merged into the one catalogue in sv.ts. */
export const svLoginLock = {
  'admin.users.liftLoginLock': 'Häv inloggningsspärr',
  'admin.users.liftLoginLockLabel': 'Häv inloggningsspärr för {name}',
  'admin.users.loginLockLifted': 'Inloggningsspärren för {name} är hävd: {name} kan logga in igen direkt.',
  'admin.users.noLoginLock': '{name} hade inga misslyckade inloggningsförsök att glömma.',
} as const;
