import type { ParsedBody } from '../../shared/api/contract';
import type { createWorkshop, setControl, updateWorkshop } from '../../shared/api/workshops';

/** What the workshop commands get: a request's body as parsed by its route's schema (shared/api/workshops.ts). */
export type NewWorkshopInput = ParsedBody<typeof createWorkshop>;
export type WorkshopChanges = ParsedBody<typeof updateWorkshop>;
export type ControlInput = ParsedBody<typeof setControl>;
