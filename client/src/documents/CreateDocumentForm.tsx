import { useId, useState, type FormEvent } from 'react';
import { DOCUMENT_TYPES, type DocumentType } from '../../../shared/domain/documents';
import { t } from '../../../shared/i18n';
import { createDocument } from '../api/documents';
import type { DocumentView } from '../../../shared/api/documents';
import type { Body } from '../../../shared/api/bodies';
import { ErrorAlert } from '../components/Alerts';
import { SelectField, TextField } from '../components/fields';
import { useSubmit } from '../forms/useSubmit';
import { bodyLabel } from '../format/labels';
import { templateLabel } from './labels';

/** A new document from one of the templates: its type, title and (optionally) body. */
export function CreateDocumentForm({ bodies, onCreated }: { bodies: Body[]; onCreated(document: DocumentView): void }) {
  const headingId = useId();
  const [type, setType] = useState<DocumentType>('mal');
  const [title, setTitle] = useState('');
  const [bodyId, setBodyId] = useState('');
  const [titleError, setTitleError] = useState<string | undefined>();
  const { busy, error, run } = useSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return setTitleError(t('form.missing', { field: t('documents.create.title') }));
    setTitleError(undefined);
    await run(async () => {
      onCreated(await createDocument({ type, title: title.trim(), bodyId: bodyId || null }));
      setTitle('');
    });
  };

  return (
    <section aria-labelledby={headingId} className="panel">
      <h2 id={headingId}>{t('documents.create.heading')}</h2>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorAlert message={error} />
        <SelectField label={t('documents.create.type')} value={type} onChange={(event) => setType(event.target.value as DocumentType)}>
          {DOCUMENT_TYPES.map((candidate) => (
            <option key={candidate} value={candidate}>
              {templateLabel(candidate)}
            </option>
          ))}
        </SelectField>
        <TextField label={t('documents.create.title')} value={title} error={titleError} onChange={(event) => setTitle(event.target.value)} />
        <SelectField label={t('documents.create.body')} value={bodyId} onChange={(event) => setBodyId(event.target.value)}>
          <option value="">{t('documents.noBody')}</option>
          {bodies.map((body) => (
            <option key={body.id} value={body.id}>
              {bodyLabel(body)}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="button-primary">
          {busy ? t('form.working') : t('documents.create.submit')}
        </button>
      </form>
    </section>
  );
}
