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
  const rank = (name: string) => {
    const lower = name.toLocaleLowerCase('sv');
    if (lower.startsWith(wanted)) return 0;
    if (lower.split(/\s+/).some((word) => word.startsWith(wanted))) return 1;
    return lower.includes(wanted) ? 2 : -1;
  };
  // The name that starts with what was typed first ("@Sa": Sara before Hassan), then a later name that
  // does ("Holm"), then any other match; the order of the list within each.
  return all
    .map((member, index) => ({ member, index, rank: rank(member.name) }))
    .filter((entry) => entry.rank >= 0)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .slice(0, limit)
    .map((entry) => entry.member);
}

/** The ids of the chosen members whose "@Name" is still in the text. */
export function mentionedIds(text: string, chosen: PersonRef[]): string[] {
  return [...new Set(chosen.filter((member) => text.includes(`@${member.name}`)).map((member) => member.id))];
}
