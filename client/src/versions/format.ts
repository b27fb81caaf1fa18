const dateTime = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'medium', timeStyle: 'short' });

/** "15 jan. 2027 14:05": revisions are told apart by the time of day too. */
export const formatDateTime = (iso: string) => dateTime.format(new Date(iso));
