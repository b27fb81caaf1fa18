import { z } from 'zod';
import { route } from './contract';
import { versionParams } from './versions';

const EXPORT_FORMATS = ['pdf', 'docx', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const exportVersion = route({
  method: 'get',
  path: '/documents/:id/versions/:number/export',
  summary: 'A fastställd version as PDF, DOCX or Markdown; `threads=open` appends the open comment threads.',
  auth: 'member',
  params: versionParams,
  query: z.object({ format: z.enum(EXPORT_FORMATS), threads: z.enum(['open']).optional() }),
  responses: { 200: { file: 'application/pdf, application/vnd.openxmlformats-officedocument.wordprocessingml.document or text/markdown' } },
});

export const versionExportContracts = { exportVersion };
