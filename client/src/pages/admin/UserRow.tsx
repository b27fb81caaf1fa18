import { useRef, useState } from 'react';
import { t } from '../../../../shared/i18n';
import { liftLoginLock, resetPassword, updateUser } from '../../api/admin-users';
import { messageOf } from '../../api/http';
import type { Body } from '../../../../shared/api/bodies';
import type { UserView } from '../../../../shared/api/admin-users';
import { ConfirmInline } from '../../components/ConfirmInline';
import { OneTimePassword } from '../../components/OneTimePassword';
import { useSubmit } from '../../forms/useSubmit';
import { bodyLabel, formatDate, roleLabel } from '../../format/labels';
import { UserEditForm } from './UserEditForm';

type Mode = { kind: 'view' } | { kind: 'edit' } | { kind: 'confirm-reset' } | { kind: 'new-password'; password: string };

interface UserRowProps {
  user: UserView;
  bodies: Body[];
  isSelf: boolean;
  columns: number;
  onChanged(user: UserView, message: string): void;
  onError(message: string): void;
}

/** One user: a table row, and under it (when asked) the edit form, a confirmation or a new password. */
export function UserRow({ user, bodies, isSelf, columns, onChanged, onError }: UserRowProps) {
  const [mode, setMode] = useState<Mode>({ kind: 'view' });
  const { busy, run } = useSubmit();
  const editButton = useRef<HTMLButtonElement>(null);
  const resetButton = useRef<HTMLButtonElement>(null);
  const names = bodies.filter((body) => user.bodyIds.includes(body.id)).map(bodyLabel);

  const backTo = (button: HTMLButtonElement | null) => {
    setMode({ kind: 'view' });
    requestAnimationFrame(() => button?.focus());
  };

  const toggleActive = () => {
    if (busy) return;
    void run(
      async () => {
        const updated = await updateUser(user.id, { active: !user.active });
        onChanged(updated, t(updated.active ? 'admin.users.activated' : 'admin.users.deactivated', { name: updated.name }));
      },
      (error) => onError(messageOf(error)),
    );
  };

  const liftLock = () => {
    if (busy) return;
    void run(
      async () => {
        const cleared = await liftLoginLock(user.id);
        onChanged(user, t(cleared > 0 ? 'admin.users.loginLockLifted' : 'admin.users.noLoginLock', { name: user.name }));
      },
      (error) => onError(messageOf(error)),
    );
  };

  const reset = () =>
    void run(
      async () => setMode({ kind: 'new-password', password: await resetPassword(user.id) }),
      (error) => {
        onError(messageOf(error));
        backTo(resetButton.current);
      },
    );

  return (
    <>
      <tr className={user.active ? undefined : 'is-inactive'}>
        <th scope="row">
          {user.name}
          {isSelf && <span className="muted"> {t('admin.users.you')}</span>}
        </th>
        <td>
          {/* A long address may break after the @, so the row's actions still fit beside it. */}
          {user.email.slice(0, user.email.lastIndexOf('@') + 1)}
          <wbr />
          {user.email.slice(user.email.lastIndexOf('@') + 1)}
        </td>
        <td>{roleLabel(user.role)}</td>
        <td>{names.length > 0 ? names.join(', ') : <span className="muted">{t('admin.users.noBodies')}</span>}</td>
        <td>{user.active ? t('admin.users.active') : t('admin.users.inactive')}</td>
        <td>{formatDate(user.createdAt)}</td>
        <td>
          <div className="row-actions">
            <button ref={editButton} type="button" className="button-small" aria-expanded={mode.kind === 'edit'} aria-label={t('admin.users.editLabel', { name: user.name })} onClick={() => (mode.kind === 'edit' ? backTo(editButton.current) : setMode({ kind: 'edit' }))}>
              {t('admin.users.edit')}
            </button>
            {!isSelf && (
              <>
                <button type="button" className="button-small" aria-label={t(user.active ? 'admin.users.deactivateLabel' : 'admin.users.activateLabel', { name: user.name })} onClick={toggleActive}>
                  {user.active ? t('admin.users.deactivate') : t('admin.users.activate')}
                </button>
                <button ref={resetButton} type="button" className="button-small" aria-label={t('admin.users.resetLabel', { name: user.name })} onClick={() => setMode({ kind: 'confirm-reset' })}>
                  {t('admin.users.resetPassword')}
                </button>
                <button type="button" className="button-small" aria-label={t('admin.users.liftLoginLockLabel', { name: user.name })} onClick={liftLock}>
                  {t('admin.users.liftLoginLock')}
                </button>
              </>
            )}
          </div>
        </td>
      </tr>
      {mode.kind !== 'view' && (
        <tr className="detail-row">
          <td colSpan={columns}>
            {mode.kind === 'edit' && (
              <UserEditForm
                user={user}
                bodies={bodies}
                onCancel={() => backTo(editButton.current)}
                onSaved={(updated) => {
                  onChanged(updated, t('admin.users.saved', { name: updated.name }));
                  backTo(editButton.current);
                }}
              />
            )}
            {mode.kind === 'confirm-reset' && (
              <ConfirmInline
                question={t('admin.users.resetConfirm', { name: user.name })}
                confirmLabel={t('admin.users.resetConfirmButton')}
                busy={busy}
                onConfirm={reset}
                onCancel={() => backTo(resetButton.current)}
              />
            )}
            {mode.kind === 'new-password' && <OneTimePassword name={user.name} password={mode.password} onDismiss={() => backTo(resetButton.current)} />}
          </td>
        </tr>
      )}
    </>
  );
}
