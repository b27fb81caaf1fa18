import { useState } from 'react';
import { t } from '../../../../shared/i18n';
import { GroupNotes } from './GroupNotes';

/** A group's notes on the facilitator's overview, opened on demand (the room connects only while open). */
export function NotesDetails(props: { workshopId: string; groupId: string; groupName: string; user: { id: string; name: string }; locked: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="notes-details" onToggle={(event) => setOpen(event.currentTarget.open)} data-testid="notes-details">
      <summary>{t('workshop.notes.headingFor', { group: props.groupName })}</summary>
      {open && <GroupNotes {...props} heading={t('workshop.notes.headingFor', { group: props.groupName })} headingLevel={4} />}
    </details>
  );
}
