import { getSchema } from '@tiptap/core';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import type { DocumentType } from '../../shared/domain/documents';
import { DOCUMENT_TEMPLATES, followUpBody, templateBody } from '../../shared/documents/templates';
import { editorExtensions } from '../../shared/editor/extensions';
import { seedFollowUp, type FollowUpGoalSeed, type FollowUpPeriodInfo } from '../../shared/goals/follow-up-document';
import { addGoal } from '../../shared/goals/model';

let schema: ReturnType<typeof getSchema> | undefined;

/**
 * A new document's first Yjs update, built on the server from the shared template: the body in the
 * XmlFragment 'body' (with the editor's own schema) and, for måldokument, the first goal blocks.
 * Built here, once, so two people opening a new document at the same moment never both insert it.
 */
export function initialDocumentState(type: DocumentType): Uint8Array {
  schema ??= getSchema(editorExtensions());
  const doc = new Y.Doc();
  prosemirrorJSONToYXmlFragment(schema, templateBody(type), doc.getXmlFragment('body'));
  for (let i = 0; i < DOCUMENT_TEMPLATES[type].initialGoals; i += 1) addGoal(doc);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

/** An uppföljning's first Yjs update: the free sections and one block per goal followed up. */
export function followUpInitialState(period: FollowUpPeriodInfo, goals: readonly FollowUpGoalSeed[]): Uint8Array {
  schema ??= getSchema(editorExtensions());
  const doc = new Y.Doc();
  prosemirrorJSONToYXmlFragment(schema, followUpBody(), doc.getXmlFragment('body'));
  seedFollowUp(doc, period, goals);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}
