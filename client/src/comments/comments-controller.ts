import { TextSelection, type EditorState } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { anchorContextOf, createTextAnchor, resolveTextAnchor } from '../../../shared/comments/anchor';
import { isOpen, QUOTE_MAX_LENGTH, type ThreadAnchor, type ThreadView } from '../../../shared/comments/model';
import { findInEditors, type FoundText, type SearchableEditor, type TextMatch } from './text-matches';

/** A thread about to be started: where it points, shown above the form for its first comment. */
interface DraftThread {
  anchor: ThreadAnchor;
}

export interface CommentsSnapshot {
  threads: ThreadView[];
  activeId: string | null;
  /** Why the thread became active: a click in the text moves the panel, a click in the panel moves the text. */
  activeFrom: 'panel' | 'editor' | null;
  draft: DraftThread | null;
  /** The fragment of the editor whose selection is not empty now, if any. */
  selectionIn: string | null;
  /** "Vilken text gäller kommentaren?" is open (a new object each time it is asked for, to move focus there). */
  find: { opened: number } | null;
  /** Thread ids of text anchors whose words are gone from the document. */
  gone: ReadonlySet<string>;
}

/** A text anchor to highlight in one editor. */
export interface HighlightSpec {
  threadId: string;
  start: string;
  end: string;
  active: boolean;
  /** Open threads and the active one are highlighted; the others are only checked for being gone. */
  visible: boolean;
}

type Listener = () => void;

/**
 * The comments state one document page shares between its side panel and its editors (the body and
 * each goal's viljeinriktning): the threads (read from the comments room), which thread is active,
 * the thread being started, and which anchors no longer resolve. Editors register here so a thread
 * in the panel can select its words in the right editor.
 */
export class CommentsController {
  private roomThreads = new Map<string, ThreadView>();
  private localThreads = new Map<string, ThreadView>();
  private editors = new Map<string, SearchableEditor>();
  private goneByFragment = new Map<string, Set<string>>();
  private findsOpened = 0;
  private snapshot: CommentsSnapshot = { threads: [], activeId: null, activeFrom: null, draft: null, selectionIn: null, find: null, gone: new Set() };
  private readonly listeners = new Set<Listener>();
  private readonly highlightListeners = new Set<Listener>();

  subscribe = (listener: Listener) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Told only when what editors highlight may have changed (threads or the active thread). */
  subscribeHighlights(listener: Listener): () => void {
    this.highlightListeners.add(listener);
    return () => this.highlightListeners.delete(listener);
  }

  getSnapshot = () => this.snapshot;

  private set(patch: Partial<CommentsSnapshot>, highlights = false): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
    if (highlights) for (const listener of this.highlightListeners) listener();
  }

  /** The comments room's threads (the server's word) replace what this page knew. */
  setRoomThreads(threads: ThreadView[]): void {
    this.roomThreads = new Map(threads.map((thread) => [thread.id, thread]));
    this.publishThreads();
  }

  /** A thread the server just returned (or listed over HTTP), shown before the room brings it. */
  upsertThread(thread: ThreadView): void {
    this.localThreads.set(thread.id, thread);
    this.publishThreads();
  }

  private publishThreads(): void {
    const merged = new Map([...this.localThreads, ...this.roomThreads]);
    const threads = [...merged.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    this.set({ threads }, true);
  }

  setActive(threadId: string | null, from: 'panel' | 'editor'): void {
    if (threadId === this.snapshot.activeId && from === this.snapshot.activeFrom) return;
    this.set({ activeId: threadId, activeFrom: from }, true);
  }

  /** The text threads of one fragment, for its editor. */
  highlightsFor(fragment: string): HighlightSpec[] {
    const { threads, activeId } = this.snapshot;
    return threads.flatMap((thread) => {
      const anchor = thread.anchor;
      if (anchor.kind !== 'text' || anchor.fragment !== fragment) return [];
      const active = thread.id === activeId;
      return [{ threadId: thread.id, start: anchor.start, end: anchor.end, active, visible: active || isOpen(thread) }];
    });
  }

  /** `place` names where the editor is, for the search's list of matches. */
  registerEditor(fragment: string, view: EditorView, place: () => string = () => ''): () => void {
    this.editors.set(fragment, { fragment, view, place });
    return () => {
      if (this.editors.get(fragment)?.view !== view) return;
      this.editors.delete(fragment);
      if (this.snapshot.selectionIn === fragment) this.set({ selectionIn: null });
    };
  }

  /** An editor's selection changed: remember whether there is something to comment on. */
  selectionChanged(fragment: string, state: EditorState): void {
    const selected = !state.selection.empty;
    if (selected && this.snapshot.selectionIn !== fragment) this.set({ selectionIn: fragment });
    if (!selected && this.snapshot.selectionIn === fragment) this.set({ selectionIn: null });
  }

  /** Which of the fragment's highlighted threads resolved; the rest are "texten är borttagen". */
  reportGone(fragment: string, gone: Set<string>): void {
    const before = this.goneByFragment.get(fragment);
    if (before && before.size === gone.size && [...gone].every((id) => before.has(id))) return;
    this.goneByFragment.set(fragment, gone);
    this.set({ gone: new Set([...this.goneByFragment.values()].flatMap((ids) => [...ids])) });
  }

  /** Starts a thread on the selected text of the editor that has a selection (false when none has). */
  startFromSelection(fragment = this.snapshot.selectionIn): boolean {
    const view = fragment ? this.editors.get(fragment)?.view : undefined;
    if (!fragment || !view) return false;
    return this.startOnRange(fragment, view, view.state.selection);
  }

  /** Starts a thread on the words of a match found by "Vilken text gäller kommentaren?"; false when they are gone. */
  startOnMatch(match: TextMatch): boolean {
    const view = this.editors.get(match.fragment)?.view;
    const context = view ? anchorContextOf(view.state) : null;
    const range = view && context ? resolveTextAnchor(context, match) : null;
    return view && range ? this.startOnRange(match.fragment, view, range) : false;
  }

  /** The same anchor for a selection and for a match: relative positions through the editor's y-tiptap binding. */
  private startOnRange(fragment: string, view: EditorView, { from, to }: { from: number; to: number }): boolean {
    const context = anchorContextOf(view.state);
    const positions = context ? createTextAnchor(context, { from, to }) : null;
    if (!positions) return false;
    const quote = view.state.doc.textBetween(from, to, '\n', '\n').slice(0, QUOTE_MAX_LENGTH);
    this.set({ draft: { anchor: { kind: 'text', fragment, ...positions, quote } }, find: null });
    return true;
  }

  /** "Kommentera" with nothing selected: ask which text the comment is about. */
  openFind(): void {
    this.set({ find: { opened: ++this.findsOpened } });
  }

  closeFind(): void {
    this.set({ find: null });
  }

  /** The query's matches in the page's editors (body and viljeinriktning texts), in page order. */
  findText(query: string): FoundText {
    return findInEditors([...this.editors.values()], query);
  }

  startOnGoal(goalId: string, indicatorId: string | null, quote: string): void {
    this.set({ draft: { anchor: { kind: 'goal', goalId, indicatorId, quote: quote.slice(0, QUOTE_MAX_LENGTH) } } });
  }

  cancelDraft(): void {
    this.set({ draft: null });
  }

  /** Selects the thread's words in its editor and scrolls them into view; false when they are gone. */
  revealInText(thread: ThreadView): boolean {
    this.setActive(thread.id, 'panel');
    const anchor = thread.anchor;
    if (anchor.kind !== 'text') return false;
    const view = this.editors.get(anchor.fragment)?.view;
    const context = view ? anchorContextOf(view.state) : null;
    const range = view && context ? resolveTextAnchor(context, anchor) : null;
    if (!view || !range) return false;
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, range.from, range.to)).scrollIntoView());
    view.focus();
    view.dom.querySelector(`[data-thread-id="${CSS.escape(thread.id)}"]`)?.scrollIntoView({ block: 'center' });
    return true;
  }
}
