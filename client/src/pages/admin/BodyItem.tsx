import { useRef, useState } from 'react';
import { t } from '../../../../shared/i18n';
import { deleteBody, updateBody } from '../../api/bodies';
import { messageOf } from '../../api/http';
import type { Body } from '../../../../shared/api/bodies';
import type { TreeNode } from '../../bodies/tree';
import { ErrorAlert } from '../../components/Alerts';
import { ConfirmInline } from '../../components/ConfirmInline';
import { useSubmit } from '../../forms/useSubmit';
import { bodyTypeLabel } from '../../format/labels';
import { BodyForm } from './BodyForm';

interface BodyItemProps {
  node: TreeNode<Body>;
  bodies: Body[];
  onSaved(body: Body): void;
  onDeleted(body: Body): void;
}

/** One body in the tree, with its children below it; edited and deleted in place. */
export function BodyItem({ node, bodies, onSaved, onDeleted }: BodyItemProps) {
  const { body } = node;
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm-delete'>('view');
  const { busy, error, setError, run } = useSubmit();
  const editButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);

  const backTo = (button: HTMLButtonElement | null) => {
    setMode('view');
    requestAnimationFrame(() => button?.focus());
  };

  const startEditing = () => {
    setError(null);
    setMode('edit');
  };
  const remove = () =>
    void run(
      async () => {
        await deleteBody(body.id);
        onDeleted(body);
      },
      (failure) => {
        setError(messageOf(failure));
        backTo(deleteButton.current);
      },
    );

  return (
    <li>
      <div className="body-item">
        <span className="body-name">{body.name}</span>
        {body.shortName && <span className="muted"> ({body.shortName})</span>}
        <span className="body-type">{bodyTypeLabel(body.type)}</span>
        <span className="row-actions">
          <button ref={editButton} type="button" className="button-small" aria-expanded={mode === 'edit'} aria-label={t('admin.bodies.editLabel', { name: body.name })} onClick={() => (mode === 'edit' ? backTo(editButton.current) : startEditing())}>
            {t('admin.bodies.edit')}
          </button>
          <button ref={deleteButton} type="button" className="button-small" aria-label={t('admin.bodies.deleteLabel', { name: body.name })} onClick={() => {
              setError(null);
              setMode('confirm-delete');
            }}>
            {t('admin.bodies.delete')}
          </button>
        </span>
      </div>
      {error && <ErrorAlert message={error} />}
      {mode === 'edit' && (
        <div className="inline-form">
          <h3>{t('admin.bodies.editHeading', { name: body.name })}</h3>
          <BodyForm
            body={body}
            bodies={bodies}
            focusOnMount
            submitLabel={t('form.save')}
            onCancel={() => backTo(editButton.current)}
            save={async (fields) => {
              onSaved(await updateBody(body.id, fields));
              backTo(editButton.current);
            }}
          />
        </div>
      )}
      {mode === 'confirm-delete' && (
        <ConfirmInline question={t('admin.bodies.deleteConfirm', { name: body.name })} confirmLabel={t('admin.bodies.delete')} busy={busy} onConfirm={remove} onCancel={() => backTo(deleteButton.current)} />
      )}
      {node.children.length > 0 && (
        <ul>
          {node.children.map((child) => (
            <BodyItem key={child.body.id} node={child} bodies={bodies} onSaved={onSaved} onDeleted={onDeleted} />
          ))}
        </ul>
      )}
    </li>
  );
}
