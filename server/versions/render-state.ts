import * as Y from 'yjs';
import { bodyJson } from '../../shared/documents/from-yjs';
import { renderHtml, renderText } from '../../shared/documents/render';
import { followUpContent } from '../../shared/goals/follow-up-content';
import { readGoals, type GoalData } from '../../shared/goals/model';
import { storable } from '../../shared/text/storable';

export interface RenderedState {
  contentJson: Record<string, unknown>;
  plainText: string;
  html: string;
  goals: GoalData[];
}

/**
 * A document's Yjs state in the forms a version keeps: ProseMirror JSON, plain text, HTML, goal data.
 * An uppföljning's goal blocks (assessments, outcomes, analysis) follow its free sections in the content,
 * so its version records them. Content and goals are made storable first, so text and HTML are rendered
 * from what is stored.
 */
export function renderState(state: Uint8Array): RenderedState {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const body = bodyJson(doc.getXmlFragment('body'));
  const contentJson = storable({ ...body, content: [...(body.content ?? []), ...followUpContent(doc)] }) as Record<string, unknown>;
  const goals = storable(readGoals(doc));
  doc.destroy();
  return { contentJson, plainText: renderText(contentJson), html: renderHtml(contentJson), goals };
}
