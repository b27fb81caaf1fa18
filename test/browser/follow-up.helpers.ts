import type { APIRequestContext } from 'playwright-core';
import { expect } from 'vitest';
import * as Y from 'yjs';
import { setBaselineValue, setBaselineYear, setTargetValue } from '../../shared/goals/indicator-figures';
import { addGoal, addIndicator, goalsArray, setGoalField, setIndicatorGenderSplit, setIndicatorTarget, setParentGoal } from '../../shared/goals/model';
import { documentRoom } from '../../shared/sync/rooms';
import type { Person } from './editor.helpers';
import { until } from '../helpers/sync-harness';
import { connectAs } from './room-client.helpers';

export interface GoalSpec {
  title: string;
  level: string;
  viljeinriktning?: string;
  /** Figures (totalt) or, as notes, text; the baseline's figure is for 2025. */
  indicator?: { name: string; unit: string; baseline: number | string; target2027: number | string; genderSplit: boolean };
}

const decision = (body: string, paragraph: string) => ({ body, date: '2026-12-14', paragraph, diarienummer: `KS/2026:${paragraph.replace(/\D/g, '')}` });

export async function bodyIdByName(request: APIRequestContext, name: string): Promise<string> {
  const { bodies } = (await (await request.get('/api/bodies')).json()) as { bodies: Array<{ id: string; name: string }> };
  return bodies.find((body) => body.name === name)!.id;
}

/** Waits until the goal register holds just these goals of the document (it follows stored edits within about a second). */
async function registered(request: APIRequestContext, documentId: string, titles: string[]): Promise<void> {
  const listed = async () => ((await (await request.get('/api/goals')).json()) as { goals: Array<{ documentId: string; title: string }> }).goals;
  const wanted = JSON.stringify([...titles].sort());
  await until(async () => JSON.stringify((await listed()).filter((goal) => goal.documentId === documentId).map((goal) => goal.title).sort()) === wanted, 'the register to hold the goals');
}

/**
 * A måldokument of `body` written by `author` through a y-websocket client (2027–2030, each goal with
 * what the spec gives) and fastställd by `locker`; the goals' ids. The first goal is linked to `parent`.
 */
export async function lockedGoalDocument(author: Person, locker: Person, origin: string, body: { id: string; name: string }, title: string, goals: GoalSpec[], parent?: string): Promise<string[]> {
  const created = await author.context.request.post('/api/documents', { data: { type: 'mal', title, bodyId: body.id } });
  expect(created.status()).toBe(201);
  const documentId = ((await created.json()) as { document: { id: string } }).document.id;
  const { doc, stop } = await connectAs(author.context, origin, documentRoom(documentId));
  const ids: string[] = [];
  try {
    doc.transact(() => {
      goalsArray(doc).delete(0, goalsArray(doc).length);
      for (const [index, spec] of goals.entries()) {
        const goal = addGoal(doc, { title: spec.title, level: spec.level });
        setGoalField(goal, 'periodFrom', 2027);
        setGoalField(goal, 'periodTo', 2030);
        if (spec.viljeinriktning) {
          const paragraph = new Y.XmlElement('paragraph');
          paragraph.insert(0, [new Y.XmlText(spec.viljeinriktning)]);
          (goal.get('viljeinriktning') as Y.XmlFragment).push([paragraph]);
        }
        if (spec.indicator) {
          const { name, unit, baseline, target2027, genderSplit } = spec.indicator;
          const indicator = addIndicator(goal, { name });
          (indicator.get('unit') as Y.Text).insert(0, unit);
          if (typeof baseline === 'number') {
            setBaselineYear(indicator, 2025);
            setBaselineValue(indicator, 'total', baseline);
          } else (indicator.get('baseline') as Y.Text).insert(0, baseline);
          if (typeof target2027 === 'number') setTargetValue(indicator, '2027', 'total', target2027);
          else setIndicatorTarget(indicator, '2027', target2027);
          setIndicatorGenderSplit(indicator, genderSplit);
        }
        if (index === 0 && parent) setParentGoal(goal, parent, 1);
        ids.push(goal.get('id') as string);
      }
    });
    await registered(author.context.request, documentId, goals.map((goal) => goal.title));
    const locked = await locker.context.request.post(`/api/documents/${documentId}/versions`, { data: { decision: decision(body.name, `§ ${goals.length + 10}`) } });
    expect(locked.status()).toBe(201);
  } finally {
    stop();
  }
  return ids;
}
