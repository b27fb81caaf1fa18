import type * as contract from '../../../shared/api/follow-ups';
import { call } from './http';

/** Creates the uppföljning of a body for one follow-up ('2027-delarsrapport'); the new document's id. */
export const createFollowUp = (bodyId: string, period: string) =>
  call<typeof contract.createFollowUp>('/follow-ups', { method: 'POST', body: { bodyId, period } }).then((data) => data.documentId);
