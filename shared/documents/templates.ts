/**
 * The starting structure of each document type, one definition for server (a new document's
 * initial content) and client (the template picker). Bodies are ProseMirror JSON using only
 * heading, paragraph, bulletList, orderedList, listItem and text (marks: bold). Guidance is not
 * text: the body has an empty paragraph where it goes, and the template's `hints` say which message
 * the editor shows there, as a hint, while that paragraph is empty (client/src/editor/template-hints.ts).
 * So guidance never reaches a version, an export or a diff, and what people write there is in the
 * document's own style. The hints are found by the block before the paragraph (a heading or a bold
 * lead-in), not by an attribute on it: an attribute on a paragraph scrambled concurrent typing in it
 * under y-prosemirror (seen in our browser tests). Text comes from the message catalogue.
 */
import type { JSONContent } from '@tiptap/core';
import type { DocumentType } from '../domain/documents';
import { t, type MessageKey } from '../i18n';

interface TemplateHint {
  after: string;
  key: MessageKey;
}

export interface DocumentTemplate {
  type: DocumentType;
  nameKey: MessageKey;
  descriptionKey: MessageKey;
  body: JSONContent;
  /** Guidance shown on the empty paragraph after a block with the text `after`, in order. */
  hints: TemplateHint[];
  /** Structured goal blocks to create with the document (see shared/goals/model.ts). */
  initialGoals: number;
}

const text = (key: MessageKey, mark?: 'bold'): JSONContent =>
  mark ? { type: 'text', text: t(key), marks: [{ type: mark }] } : { type: 'text', text: t(key) };
const heading = (level: 1 | 2 | 3, key: MessageKey): JSONContent => ({ type: 'heading', attrs: { level }, content: [text(key)] });
/** Where guidance goes: an empty paragraph that shows `key` as a hint until someone writes in it. */
const guide = (key: MessageKey): JSONContent => ({ type: 'paragraph', attrs: { guide: key } });

const plainText = (node: JSONContent): string => (node.text ?? '') + (node.content ?? []).map(plainText).join('');

/** The body as stored (guidance places as empty paragraphs), and the hints for those places. */
function withHints(raw: JSONContent): { body: JSONContent; hints: TemplateHint[] } {
  const blocks = raw.content ?? [];
  const hints: TemplateHint[] = [];
  const content = blocks.map((block, index) => {
    const key = block.attrs?.guide as MessageKey | undefined;
    if (!key) return block;
    hints.push({ after: plainText(blocks[index - 1] ?? {}), key });
    return { type: 'paragraph' };
  });
  return { body: { ...raw, content }, hints };
}
/** A bold lead-in inside a section, below the heading levels. */
const label = (key: MessageKey): JSONContent => ({ type: 'paragraph', content: [text(key, 'bold')] });
const bullets = (keys: MessageKey[]): JSONContent => ({
  type: 'bulletList',
  content: keys.map((key) => ({ type: 'listItem', content: [{ type: 'paragraph', content: [text(key)] }] })),
});
const doc = (...content: JSONContent[]): JSONContent => ({ type: 'doc', content });

const PESTEL: [MessageKey, MessageKey][] = [
  ['template.omvarldsanalys.political', 'template.omvarldsanalys.politicalGuide'],
  ['template.omvarldsanalys.economic', 'template.omvarldsanalys.economicGuide'],
  ['template.omvarldsanalys.social', 'template.omvarldsanalys.socialGuide'],
  ['template.omvarldsanalys.technological', 'template.omvarldsanalys.technologicalGuide'],
  ['template.omvarldsanalys.environmental', 'template.omvarldsanalys.environmentalGuide'],
  ['template.omvarldsanalys.legal', 'template.omvarldsanalys.legalGuide'],
];

const omvarldsanalys = doc(
  heading(1, 'template.omvarldsanalys.name'),
  heading(2, 'template.intro'),
  guide('template.omvarldsanalys.introGuide'),
  ...PESTEL.flatMap(([area, areaGuide]) => [
    heading(2, area),
    guide(areaGuide),
    heading(3, 'template.omvarldsanalys.trends'),
    guide('template.omvarldsanalys.trendsGuide'),
    heading(3, 'template.omvarldsanalys.opportunities'),
    guide('template.omvarldsanalys.opportunitiesGuide'),
    heading(3, 'template.omvarldsanalys.challenges'),
    guide('template.omvarldsanalys.challengesGuide'),
    heading(3, 'template.omvarldsanalys.consequences'),
    guide('template.omvarldsanalys.consequencesGuide'),
  ]),
  heading(2, 'template.summary'),
  guide('template.omvarldsanalys.summaryGuide'),
  heading(2, 'template.omvarldsanalys.sources'),
  guide('template.omvarldsanalys.sourcesGuide'),
);

const mal = doc(
  heading(1, 'template.mal.title'),
  heading(2, 'template.intro'),
  guide('template.mal.introGuide'),
  heading(2, 'template.mal.viljeinriktning'),
  guide('template.mal.viljeinriktningGuide'),
  heading(2, 'template.mal.goals'),
  guide('template.mal.goalsGuide'),
  heading(2, 'template.mal.followUp'),
  guide('template.mal.followUpGuide'),
);

const resultatdialog = doc(
  heading(1, 'template.resultatdialog.title'),
  heading(2, 'template.resultatdialog.about'),
  guide('template.resultatdialog.aboutGuide'),
  heading(2, 'template.resultatdialog.goals'),
  guide('template.resultatdialog.goalsGuide'),
  heading(3, 'template.resultatdialog.goalHeading'),
  label('template.resultatdialog.assessment'),
  guide('template.resultatdialog.assessmentGuide'),
  bullets(['template.resultatdialog.full', 'template.resultatdialog.partly', 'template.resultatdialog.not']),
  label('template.resultatdialog.analysis'),
  guide('template.resultatdialog.analysisGuide'),
  label('template.resultatdialog.focus'),
  guide('template.resultatdialog.focusGuide'),
  heading(2, 'template.resultatdialog.economy'),
  guide('template.resultatdialog.economyGuide'),
  heading(2, 'template.resultatdialog.questions'),
  guide('template.resultatdialog.questionsGuide'),
);

/**
 * An uppföljning generated from the goals (shared/goals/follow-up-document.ts) has the goal blocks as
 * fields, so its body keeps only the resultatdialog's free sections; their hints are the template's.
 */
const followUp = doc(
  heading(2, 'template.resultatdialog.about'),
  guide('template.resultatdialog.aboutGuide'),
  heading(2, 'template.resultatdialog.economy'),
  guide('template.resultatdialog.economyGuide'),
  heading(2, 'template.resultatdialog.questions'),
  guide('template.resultatdialog.questionsGuide'),
);

const lagesbeskrivning = doc(
  heading(1, 'template.lagesbeskrivning.title'),
  guide('template.lagesbeskrivning.introGuide'),
  heading(2, 'template.lagesbeskrivning.targets'),
  guide('template.lagesbeskrivning.targetsGuide'),
  heading(3, 'template.lagesbeskrivning.targetHeading'),
  label('template.lagesbeskrivning.actions'),
  guide('template.lagesbeskrivning.actionsGuide'),
  label('template.lagesbeskrivning.effect'),
  guide('template.lagesbeskrivning.effectGuide'),
  label('template.lagesbeskrivning.challenges'),
  guide('template.lagesbeskrivning.challengesGuide'),
  heading(2, 'template.lagesbeskrivning.staff'),
  guide('template.lagesbeskrivning.staffGuide'),
  heading(2, 'template.lagesbeskrivning.economy'),
  guide('template.lagesbeskrivning.economyGuide'),
);

const budgetunderlag = doc(
  heading(1, 'template.budgetunderlag.title'),
  heading(2, 'template.intro'),
  guide('template.budgetunderlag.introGuide'),
  heading(2, 'template.budgetunderlag.bodyHeading'),
  guide('template.budgetunderlag.bodyGuide'),
  heading(3, 'template.budgetunderlag.priorities'),
  guide('template.budgetunderlag.prioritiesGuide'),
  heading(3, 'template.budgetunderlag.consequences'),
  guide('template.budgetunderlag.consequencesGuide'),
  heading(2, 'template.summary'),
  guide('template.budgetunderlag.summaryGuide'),
);

function template(type: DocumentType, raw: JSONContent, initialGoals = 0): DocumentTemplate {
  return {
    type,
    nameKey: `template.${type}.name`,
    descriptionKey: `template.${type}.description`,
    ...withHints(raw),
    initialGoals,
  };
}

export const DOCUMENT_TEMPLATES: Record<DocumentType, DocumentTemplate> = {
  omvarldsanalys: template('omvarldsanalys', omvarldsanalys),
  mal: template('mal', mal, 1),
  resultatdialog: template('resultatdialog', resultatdialog),
  lagesbeskrivning: template('lagesbeskrivning', lagesbeskrivning),
  budgetunderlag: template('budgetunderlag', budgetunderlag),
};

/** A fresh deep copy of the type's starting body, safe to change. */
export function templateBody(type: DocumentType): JSONContent {
  return structuredClone(DOCUMENT_TEMPLATES[type].body);
}

/** The body of an uppföljning generated from a body's goals (same hints as the resultatdialog's). */
export function followUpBody(): JSONContent {
  return withHints(followUp).body;
}
