import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { DEMO_ACCOUNT_PASSWORD, DEMO_ACCOUNTS } from '../../../shared/demo/accounts';
import { t } from '../../../shared/i18n';
import { fetchAuthOptions } from '../api/auth';
import { queryKeys } from '../query/query-keys';
import { roleLabel } from '../format/labels';

/** Whether this install is a demo (then its login page lists the demo accounts), or null while unknown. */
export function useIsDemo(): boolean | null {
  const { data, isError } = useQuery({ queryKey: queryKeys.authOptions, queryFn: ({ signal }) => fetchAuthOptions(signal) });
  return data ? data.demo : isError ? false : null;
}

/** On a demo install: says so, and lists one account per role with the shared password. */
export function DemoAccounts({ onUse }: { onUse(email: string, password: string): void }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="demo-accounts" data-testid="demo-accounts">
      <h2 id={headingId}>{t('login.demo.heading')}</h2>
      <p>{t('login.demo.intro')}</p>
      <p>
        {t('login.demo.passwordLabel')} <code>{DEMO_ACCOUNT_PASSWORD}</code>
      </p>
      <table>
        <caption>{t('login.demo.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('field.email')}</th>
            <th scope="col">{t('field.role')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('admin.users.col.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {DEMO_ACCOUNTS.map((account) => (
            <tr key={account.email}>
              <td>{account.email}</td>
              <td>{roleLabel(account.role)}</td>
              <td>
                <button
                  type="button"
                  className="button-small"
                  aria-label={t('login.demo.useLabel', { role: roleLabel(account.role) })}
                  onClick={() => onUse(account.email, DEMO_ACCOUNT_PASSWORD)}
                >
                  {t('login.demo.use')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
