import { yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { renderHtml, renderText } from '../../shared/documents/render';
import { readGoals, type GoalData } from '../../shared/goals/model';

export interface RenderedState {
  contentJson: Record<string, unknown>;
  plainText: string;
  html: string;
  goals: GoalData[];
}

/** A document's Yjs state in the forms a version keeps: ProseMirror JSON, plain text, HTML, goal data. */
export function renderState(state: Uint8Array): RenderedState {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const contentJson = yXmlFragmentToProsemirrorJSON(doc.getXmlFragment('body')) as Record<string, unknown>;
  const goals = readGoals(doc);
  doc.destroy();
  return { contentJson, plainText: renderText(contentJson), html: renderHtml(contentJson), goals };
}
