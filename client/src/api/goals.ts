import type * as contract from '../../../shared/api/goals';
import { call } from './http';

export const fetchGoals = (signal?: AbortSignal) => call<typeof contract.listGoals>('/goals', { signal }).then((data) => data.goals);

export const fetchGoal = (id: string, signal?: AbortSignal) => call<typeof contract.getGoal>(`/goals/${encodeURIComponent(id)}`, { signal }).then((data) => data.goal);
