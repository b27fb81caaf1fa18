import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { t } from '../../../../shared/i18n';
import { fetchUsers } from '../../api/admin-users';
import { messageOf } from '../../api/http';
import type { UserView } from '../../../../shared/api/admin-users';
import { useBodies } from '../../bodies/useBodies';
import { ErrorAlert, StatusMessage } from '../../components/Alerts';
import { Page } from '../../components/Page';
import { queryClient } from '../../query/query-client';
import { queryKeys } from '../../query/query-keys';
import { useMe, useSession } from '../../session/SessionContext';
import { NewUserForm } from './NewUserForm';
import { UserRow } from './UserRow';

const COLUMNS = ['field.name', 'field.email', 'field.role', 'field.bodyIds', 'admin.users.col.status', 'admin.users.col.created', 'admin.users.col.actions'] as const;
const byName = (a: UserView, b: UserView) => a.name.localeCompare(b.name, 'sv');

/** /admin/anvandare: the organisation's members, their roles and bodies, and new accounts. */
export function UsersPage() {
  const me = useMe();
  const { reload } = useSession();
  const listId = useId();
  const usersQuery = useQuery({ queryKey: queryKeys.adminUsers, queryFn: ({ signal }) => fetchUsers(signal) });
  const bodiesQuery = useBodies();
  // Swedish order (Å, Ä, Ö last), whatever the database's collation
  const users = usersQuery.data ? [...usersQuery.data].sort(byName) : null;
  const bodies = bodiesQuery.data ?? [];
  const [actionError, setError] = useState<string | null>(null);
  const loadFailure = usersQuery.error ?? bodiesQuery.error;
  const error = actionError ?? (loadFailure ? messageOf(loadFailure) : null);
  const [status, setStatus] = useState<string | null>(null);
  const setUsers = (change: (list: UserView[]) => UserView[]) => queryClient.setQueryData<UserView[]>(queryKeys.adminUsers, (list) => change(list ?? []));

  const changed = (user: UserView, message: string) => {
    setUsers((list) => list.map((candidate) => (candidate.id === user.id ? user : candidate)));
    setError(null);
    setStatus(message);
    if (user.id === me.user.id) void reload(); // my own role or bodies changed: the header and pages follow
  };

  return (
    <Page title={t('admin.users.title')} wide>
      <p>{t('admin.users.intro', { organisation: me.organisation.name })}</p>
      <StatusMessage>{status}</StatusMessage>
      <ErrorAlert message={error} />
      <section aria-labelledby={listId}>
        <h2 id={listId}>{t('admin.users.listHeading')}</h2>
        {users === null ? (
          !error && <p role="status">{t('app.loading')}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table" aria-labelledby={listId} data-testid="users-table">
              <thead>
                <tr>
                  {COLUMNS.map((key) => (
                    <th key={key} scope="col">
                      {t(key)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {users.map((user) => (
                  <UserRow key={user.id} user={user} bodies={bodies} isSelf={user.id === me.user.id} columns={COLUMNS.length} onChanged={changed} onError={setError} />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <NewUserForm
        bodies={bodies}
        onCreated={(user) => {
          setUsers((list) => [...list, user]);
          setError(null);
          setStatus(t('admin.users.created', { name: user.name }));
        }}
      />
    </Page>
  );
}
