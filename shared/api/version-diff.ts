import { z } from 'zod';
import { idParams } from './common';
import { route } from './contract';
import { VERSION_NUMBER } from './versions';

const versionNumber = z.string().regex(VERSION_NUMBER).transform(Number);

const diffResult = z.object({
  from: z.object({ label: z.string() }),
  to: z.object({ label: z.string() }),
  /** The plain text, word by word. */
  text: z.array(z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() })),
  /** The content block by block (headings, paragraphs, list items, table rows), each unchanged, new, removed or changed word by word. */
  blocks: z.array(
    z.object({
      kind: z.enum(['heading', 'paragraph', 'listItem', 'tableRow', 'other']),
      level: z.number().optional(),
      change: z.enum(['equal', 'insert', 'delete', 'changed']),
      ops: z.array(z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() })),
    }),
  ),
  /** One entry per changed field of a goal or indicator, with its Swedish name and values as shown; null where it did not exist. */
  goals: z.array(
    z.object({
      goalId: z.string(),
      goalTitle: z.string(),
      indicatorId: z.string().optional(),
      indicatorName: z.string().optional(),
      field: z.string(),
      label: z.string(),
      from: z.string().nullable(),
      to: z.string().nullable(),
    }),
  ),
});
export type DiffResult = z.infer<typeof diffResult>;

export const diffVersions = route({
  method: 'get',
  path: '/documents/:id/diff',
  summary: 'What changed between two fastställda versions, or a version and the draft (`to=draft`).',
  auth: 'member',
  params: idParams,
  query: z.object({ from: versionNumber, to: z.union([z.literal('draft'), versionNumber]) }),
  responses: { 200: diffResult },
});

export const versionDiffContracts = { diffVersions };
