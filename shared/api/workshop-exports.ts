/** What a workshop leaves behind: the sammanställning (a new document) and the boards as CSV (facilitators). */
import { z } from 'zod';
import { DOCUMENT_TYPES } from '../domain/documents';
import { id, idParams } from './common';
import { route } from './contract';

export const compileWorkshop = route({
  method: 'post',
  path: '/workshops/:id/compile',
  summary: 'Compiles every group’s board and all votes into a new document of the workshop’s template.',
  auth: 'member',
  params: idParams,
  responses: { 201: z.object({ document: z.object({ id, title: z.string(), type: z.enum(DOCUMENT_TYPES) }) }) },
});

export const exportWorkshopCsv = route({
  method: 'get',
  path: '/workshops/:id/export.csv',
  summary: 'Every board’s cards with their votes, as CSV for a spreadsheet.',
  auth: 'member',
  params: idParams,
  responses: { 200: { file: 'text/csv' } },
});

export const workshopExportContracts = { compileWorkshop, exportWorkshopCsv };
