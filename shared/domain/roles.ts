/** Organisation-wide roles (first cut, ../shared/DESIGN.md). Permissions per role live in shared/auth. */
export const ROLES = ['admin', 'facilitator', 'politician', 'official', 'commenter', 'viewer'] as const;
export type Role = (typeof ROLES)[number];
