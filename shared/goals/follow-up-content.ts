/**
 * An uppföljning's goal blocks as document content (ProseMirror JSON), after its free sections: what its
 * fastställd version records, and so what its exports, plain text, HTML and diffs show. The blocks'
 * rich texts (analysis, actions) keep their own formatting.
 */
import type { JSONContent } from '@tiptap/core';
import * as Y from 'yjs';
import { bodyJson } from '../documents/from-yjs';
import { t } from '../i18n';
import { figuresText } from './figure-text';
import { summariseAssessments } from './follow-up';
import { followUpBlocks, readFollowUpBlock, readFollowUpPeriod, type FollowUpGoalData } from './follow-up-document';
import { assessmentCountsText } from './follow-up-labels';
import { parentGoalText } from './goal-text';
import { noFigures } from './indicator-figures';

const text = (value: string, bold = false): JSONContent => (bold ? { type: 'text', text: value, marks: [{ type: 'bold' }] } : { type: 'text', text: value });
const paragraph = (...content: JSONContent[]): JSONContent => (content.length ? { type: 'paragraph', content } : { type: 'paragraph' });
const heading = (level: number, value: string): JSONContent => ({ type: 'heading', attrs: { level }, content: [text(value)] });
const cell = (type: 'tableHeader' | 'tableCell', value: string): JSONContent => ({ type, content: [value ? paragraph(text(value)) : paragraph()] });
const row = (type: 'tableHeader' | 'tableCell', values: string[]): JSONContent => ({ type: 'tableRow', content: values.map((value) => cell(type, value)) });

function indicatorTable(block: FollowUpGoalData, year: number): JSONContent | null {
  const indicators = block.goal.indicators;
  if (indicators.length === 0) return null;
  return {
    type: 'table',
    content: [
      row('tableHeader', [t('followUp.record.indicator'), t('followUp.record.target', { year }), t('followUp.record.outcome')]),
      ...indicators.map((indicator) => {
        const outcome = block.outcomes[indicator.id];
        const target = figuresText(indicator.targetValues?.[String(year)] ?? noFigures(), indicator.unit ?? '', indicator.genderSplit);
        const figures = outcome ? figuresText(outcome, indicator.unit ?? '', indicator.genderSplit) : '';
        const noted = [figures, outcome?.note.trim() ?? ''].filter(Boolean).join(' – ');
        return row('tableCell', [indicator.name.trim() || t('goal.untitled'), target || t('export.empty'), noted || t('export.empty')]);
      }),
    ],
  };
}

const richContent = (fragment: unknown): JSONContent[] => (fragment instanceof Y.XmlFragment ? (bodyJson(fragment).content ?? []) : []);

/** The goal blocks as content; none for a document that is no uppföljning. */
export function followUpContent(doc: Y.Doc): JSONContent[] {
  const period = readFollowUpPeriod(doc);
  const blocks = followUpBlocks(doc);
  if (!period || blocks.length === 0) return [];
  const read = blocks.flatMap((block) => {
    const data = readFollowUpBlock(block);
    return data ? [{ block, data }] : [];
  });
  const assessmentLabel = t(period.forecast ? 'goalSettings.assessment.forecast' : 'goalSettings.assessment.outcome');
  const content: JSONContent[] = [
    heading(2, t('followUp.record.heading')),
    paragraph(text(assessmentCountsText(summariseAssessments(read.map(({ data }) => data.assessment))))),
  ];
  for (const { block, data } of read) {
    content.push(heading(3, data.goal.title.trim() || t('goal.untitled')));
    if (data.parent) {
      content.push(paragraph(text(`${t('goal.parent')}: `, true), text(parentGoalText(data.parent))));
    }
    content.push(paragraph(text(`${assessmentLabel}: `, true), text(data.assessment ? t(`assessment.${data.assessment}`) : t('assessment.none'))));
    const table = indicatorTable(data, period.year);
    if (table) content.push(table);
    for (const [key, fragment] of [['followUp.record.analysis', block.get('analysis')], ['followUp.record.actions', block.get('actions')]] as const) {
      const rich = richContent(fragment);
      if (rich.length === 0) continue;
      content.push(paragraph(text(t(key), true)), ...rich);
    }
  }
  return content;
}
