import { useQuery } from '@tanstack/react-query';
import { fetchBodies } from '../api/bodies';
import type { Body } from '../../../shared/api/bodies';
import { queryClient } from '../query/query-client';
import { queryKeys } from '../query/query-keys';

/** The organisation's bodies (nämnder, förvaltningar …), shared by every screen that lists or picks them. */
export const useBodies = () => useQuery({ queryKey: queryKeys.bodies, queryFn: ({ signal }) => fetchBodies(signal) });

// The server's order: sortOrder, then name (server/routes/present-me.ts).
const treeOrder = (a: Body, b: Body) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'sv');

/** A body created or changed here takes its place in the list at once. */
export const bodySaved = (body: Body) =>
  queryClient.setQueryData<Body[]>(queryKeys.bodies, (list) => [...(list ?? []).filter((candidate) => candidate.id !== body.id), body].sort(treeOrder));

export const bodyDeleted = (body: Body) => queryClient.setQueryData<Body[]>(queryKeys.bodies, (list) => (list ?? []).filter((candidate) => candidate.id !== body.id));
