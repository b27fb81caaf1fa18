import type { PersonRef } from '../../../shared/comments/model';
import { fetchMembers } from '../api/comments';
import { queryClient } from '../query/query-client';
import { queryKeys } from '../query/query-keys';

/** The organisation's members for @-mentions, fetched once per page load (a failure is tried again next time). */
export const loadMembers = (): Promise<PersonRef[]> =>
  queryClient.fetchQuery({ queryKey: queryKeys.members, queryFn: ({ signal }) => fetchMembers(signal), staleTime: Infinity, gcTime: Infinity });

/** The mention being typed just before the caret: "@Lar" → "Lar"; null when there is none. */
export function mentionQuery(text: string, caret: number): string | null {
  const match = /(^|\s)@([\p{L}\p{N}.\- ]{0,30})$/u.exec(text.slice(0, caret));
  if (!match) return null;
  const query = match[2] ?? '';
  // A space ends the query unless it could still be part of a name ("@Lars P").
  return query.includes('  ') ? null : query;
}

export function suggestMembers(all: PersonRef[], query: string, limit = 6): PersonRef[] {
  const wanted = query.trim().toLocaleLowerCase('sv');
  return all.filter((member) => member.name.toLocaleLowerCase('sv').includes(wanted)).slice(0, limit);
}

/** The ids of the chosen members whose "@Name" is still in the text. */
export function mentionedIds(text: string, chosen: PersonRef[]): string[] {
  return [...new Set(chosen.filter((member) => text.includes(`@${member.name}`)).map((member) => member.id))];
}
