import { eq } from 'drizzle-orm';
import * as Y from 'yjs';
import { findFollowUpBlock, outcomeFigures, setAssessment, setOutcomeFigure } from '../../shared/goals/follow-up-document';
import { FIGURE_KEYS, setBaselineValue, setBaselineYear, setTargetValue } from '../../shared/goals/indicator-figures';
import { addGoal, addIndicator, applyTextChange, goalsArray, setAgenda2030, setGoalField, setIndicatorGenderSplit, setParentGoal } from '../../shared/goals/model';
import { DEFAULT_FOLLOW_UP_PERIODS } from '../../shared/goals/follow-up';
import { documentRoom } from '../../shared/sync/rooms';
import type { AppDb } from '../db/database';
import { documents } from '../db/schema';
import { createDocument } from '../documents/commands';
import { initialDocumentState } from '../documents/initial-state';
import { createFollowUp } from '../goals/create-follow-up';
import { refreshGoalRegister } from '../goals/refresh-register';
import { storedRoomWriter } from '../sync/room-writer';
import { lockDocument } from '../versions/lock-document';
import { DEMO_GOAL_CHAIN, type DemoFigure, type DemoGoal } from './goal-chain';

/** The demo's follow-up: the Delårsrapport 2027 (a helårsprognos). */
const FOLLOW_UP = '2027-delarsrapport';

function paragraphs(fragment: Y.XmlFragment, texts: readonly string[]): void {
  fragment.insert(
    fragment.length,
    texts.map((text) => {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(text)]);
      return paragraph;
    }),
  );
}

function setFigures(figure: DemoFigure, set: (key: (typeof FIGURE_KEYS)[number], value: number | null) => void): void {
  for (const key of FIGURE_KEYS) set(key, figure[key] ?? null);
}

/** A måldokument's first state: the template's body and the demo's goals, with parents pinned to version 1. */
function goalDocumentState(goals: readonly DemoGoal[], bodyIds: ReadonlyMap<string, string>, goalIds: Map<string, string>): Uint8Array {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, initialDocumentState('mal'));
  doc.transact(() => {
    goalsArray(doc).delete(0, goalsArray(doc).length);
    for (const demo of goals) {
      const goal = addGoal(doc, { title: demo.title, level: demo.level });
      goalIds.set(demo.key, goal.get('id') as string);
      setGoalField(goal, 'periodFrom', demo.periodFrom);
      setGoalField(goal, 'periodTo', demo.periodTo);
      setGoalField(goal, 'responsibleBodyId', bodyIds.get(demo.responsibleBody) ?? null);
      setAgenda2030(goal, demo.agenda2030);
      if (demo.parent) setParentGoal(goal, goalIds.get(demo.parent)!, 1);
      paragraphs(goal.get('viljeinriktning') as Y.XmlFragment, demo.viljeinriktning);
      for (const figures of demo.indicators) {
        const indicator = addIndicator(goal, { name: figures.name });
        applyTextChange(indicator.get('unit') as Y.Text, figures.unit);
        applyTextChange(indicator.get('method') as Y.Text, figures.method);
        applyTextChange(indicator.get('source') as Y.Text, figures.source);
        setIndicatorGenderSplit(indicator, figures.genderSplit);
        setBaselineYear(indicator, figures.baseline.year);
        setFigures(figures.baseline, (key, value) => setBaselineValue(indicator, key, value));
        for (const [year, target] of Object.entries(figures.targets)) setFigures(target, (key, value) => setTargetValue(indicator, year, key, value));
      }
    }
  });
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}

/** Fills the uppföljning as the nämnd did: a bedömning, the outcomes and the analysis for each goal. */
function fillFollowUp(doc: Y.Doc, goals: readonly DemoGoal[], goalIds: ReadonlyMap<string, string>): void {
  for (const demo of goals) {
    const block = findFollowUpBlock(doc, goalIds.get(demo.key)!);
    if (!block || !demo.assessment) continue;
    setAssessment(block, demo.assessment.value);
    paragraphs(block.get('analysis') as Y.XmlFragment, demo.assessment.analysis);
    paragraphs(block.get('actions') as Y.XmlFragment, demo.assessment.actions);
    const inForce = block.get('goal') as { indicators: Array<{ id: string; name: string }> };
    for (const figures of demo.indicators) {
      const indicatorId = inForce.indicators.find((indicator) => indicator.name === figures.name)?.id;
      const outcome = figures.outcome;
      const values = indicatorId && outcome ? outcomeFigures(block, indicatorId) : null;
      if (!values || !outcome) continue;
      setFigures(outcome, (key, value) => setOutcomeFigure(values, key, value));
      if (outcome.note) applyTextChange(values.get('note') as Y.Text, outcome.note);
    }
  }
}

/**
 * Exempelkommun's goal chain (server/demo/goal-chain.ts): each måldokument created and fastställd in
 * turn, so each can link to the version above it, then each nämnd's uppföljning at the Delårsrapport 2027.
 */
export async function seedGoalChain(db: AppDb, organisationId: string, bodyIds: ReadonlyMap<string, string>, lockerId: string): Promise<void> {
  const rooms = storedRoomWriter(db);
  const goalIds = new Map<string, string>();
  for (const demo of DEMO_GOAL_CHAIN) {
    const at = new Date(`${demo.decision.date}T15:00:00Z`);
    const actor = { organisationId, userId: lockerId, at };
    const documentId = await createDocument(db, actor, { type: 'mal', title: demo.title, bodyId: bodyIds.get(demo.body)!, initialState: goalDocumentState(demo.goals, bodyIds, goalIds) });
    await db.update(documents).set({ createdAt: new Date(demo.createdAt) }).where(eq(documents.id, documentId));
    await lockDocument(db, rooms, actor, documentId, { decision: demo.decision });
    if (!demo.followUp) continue;
    const followUpActor = { organisationId, userId: lockerId, at: new Date('2027-09-10T08:00:00Z') };
    const followUpId = await createFollowUp(db, followUpActor, DEFAULT_FOLLOW_UP_PERIODS, { bodyId: bodyIds.get(demo.body)!, period: FOLLOW_UP });
    // Dated before the demo's drafts, which the lists show first.
    await db.update(documents).set({ createdAt: new Date(demo.createdAt) }).where(eq(documents.id, followUpId));
    await rooms.applyToRoom(documentRoom(followUpId), (doc) => fillFollowUp(doc, demo.goals, goalIds));
    await refreshGoalRegister(db, followUpId);
    const { decision } = demo.followUp;
    if (decision) await lockDocument(db, rooms, { ...followUpActor, at: new Date(`${decision.date}T15:00:00Z`) }, followUpId, { decision });
  }
}
