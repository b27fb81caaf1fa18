import { useQuery } from '@tanstack/react-query';
import { fetchDocument } from '../api/documents';
import { queryKeys } from '../query/query-keys';

/**
 * One document's metadata (title, type, status, this user's rights). `refetch` fetches it again in
 * place (after a lock or a reopening), keeping the page mounted while it does.
 */
export const useDocument = (id: string) => useQuery({ queryKey: queryKeys.document(id), queryFn: ({ signal }) => fetchDocument(id, signal) });
