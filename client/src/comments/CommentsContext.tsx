import { createContext, useContext, useSyncExternalStore } from 'react';
import type { CommentsController, CommentsSnapshot } from './comments-controller';

/** The page's comments controller and whether the signed-in user may start threads on this document. */
export interface CommentsContextValue {
  controller: CommentsController;
  canComment: boolean;
}

export const CommentsContext = createContext<CommentsContextValue | null>(null);

/** null outside a document page (or where comments are not offered). */
export const useComments = () => useContext(CommentsContext);

export function useCommentsSnapshot(controller: CommentsController): CommentsSnapshot {
  return useSyncExternalStore(controller.subscribe, controller.getSnapshot);
}
