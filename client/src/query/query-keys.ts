import type { DocumentQuery } from '../api/documents';

/**
 * One key per resource. Keys under a workshop or a document start with its id, so that what belongs
 * to one of them can be found (and forgotten) together.
 */
export const queryKeys = {
  me: ['me'] as const,
  health: ['health'] as const,
  authOptions: ['auth-options'] as const,
  bodies: ['bodies'] as const,
  members: ['members'] as const,
  mentions: ['mentions'] as const,
  adminUsers: ['admin', 'users'] as const,
  adminOrganisation: ['admin', 'organisation'] as const,
  adminOidc: ['admin', 'oidc'] as const,
  documents: (query: DocumentQuery) => ['documents', query] as const,
  goals: ['goals'] as const,
  goal: (id: string) => ['goals', id] as const,
  document: (id: string) => ['document', id] as const,
  threads: (documentId: string) => ['document', documentId, 'threads'] as const,
  history: (documentId: string) => ['document', documentId, 'history'] as const,
  workshops: ['workshops'] as const,
  workshop: (id: string) => ['workshop', id] as const,
  workshopByCode: (code: string) => ['workshop-by-code', code] as const,
  participants: (workshopId: string) => ['workshop', workshopId, 'participants'] as const,
  hiddenCards: (workshopId: string) => ['workshop', workshopId, 'hidden-cards'] as const,
  myVotes: (workshopId: string) => ['workshop', workshopId, 'my-votes'] as const,
};
