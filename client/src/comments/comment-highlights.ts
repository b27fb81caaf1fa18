import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { anchorContextOf, resolveTextAnchor } from '../../../shared/comments/anchor';
import type { CommentsController } from './comments-controller';

export interface CommentHighlightsOptions {
  controller: CommentsController | null;
  /** The fragment this editor shows: BODY_FRAGMENT or viljeinriktningFragment(goalId). */
  fragment: string;
  /** Where this editor is, in words, for the list of matches when text is searched for ("I texten"). */
  place: () => string;
}

const highlightsKey = new PluginKey<DecorationSet>('commentHighlights');

/** True for Ctrl+Alt+M (⌘+Alt+M on a Mac): "Kommentera" from the keyboard. */
export const isCommentShortcut = (event: KeyboardEvent) => (event.ctrlKey || event.metaKey) && event.altKey && event.code === 'KeyM';

/** Resolves every thread of the fragment against the doc as it is now; reports the gone ones. */
function buildDecorations(state: EditorState, controller: CommentsController, fragment: string): DecorationSet {
  const context = anchorContextOf(state);
  if (!context) return DecorationSet.empty;
  const gone = new Set<string>();
  const decorations: Decoration[] = [];
  for (const spec of controller.highlightsFor(fragment)) {
    const range = resolveTextAnchor(context, spec);
    if (!range) {
      gone.add(spec.threadId);
      continue;
    }
    if (!spec.visible) continue;
    decorations.push(
      Decoration.inline(range.from, range.to, { class: spec.active ? 'comment-highlight is-active' : 'comment-highlight', 'data-thread-id': spec.threadId }, { threadId: spec.threadId }),
    );
  }
  controller.reportGone(fragment, gone);
  return DecorationSet.create(state.doc, decorations);
}

/**
 * Highlights the words comment threads point at (relative positions resolved through y-tiptap's
 * mapping), recomputed whenever the document or the threads change; a click on highlighted words
 * makes their thread the active one, and Ctrl+Alt+M starts a thread on the selection (or, with nothing
 * selected, opens "Vilken text gäller kommentaren?"). Both work in a
 * read-only editor too (ProseMirror keeps a selection there), so commenters and viewers can use them.
 */
export const CommentHighlights = Extension.create<CommentHighlightsOptions>({
  name: 'commentHighlights',

  addOptions() {
    return { controller: null, fragment: '', place: () => '' };
  },

  addProseMirrorPlugins() {
    const { controller, fragment, place } = this.options;
    if (!controller) return [];
    return [
      new Plugin<DecorationSet>({
        key: highlightsKey,
        state: {
          init: () => DecorationSet.empty,
          apply(tr, set, _old, state) {
            const fresh = tr.getMeta(highlightsKey) as DecorationSet | undefined;
            if (fresh) return fresh;
            // A change from Yjs (another person's edit): the binding's mapping is already current, and
            // y-tiptap replaces the whole content, which mapping would wipe the highlights out of.
            if ((tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin) return buildDecorations(state, controller, fragment);
            // A local edit: the highlights move with it until the recomputation below (Yjs is updated after).
            return set.map(tr.mapping, tr.doc);
          },
        },
        props: {
          decorations: (state) => highlightsKey.getState(state),
          handleClick(_view, _pos, event) {
            const target = event.target instanceof Element ? event.target.closest('[data-thread-id]') : null;
            const threadId = target?.getAttribute('data-thread-id');
            if (threadId) controller.setActive(threadId, 'editor');
            return false;
          },
          handleDOMEvents: {
            // A DOM handler, not a keymap: keymaps do not run in a read-only editor.
            keydown(_view, event) {
              if (!isCommentShortcut(event)) return false;
              event.preventDefault();
              // Nothing selected here: ask which text instead, as the "Kommentera" button does.
              if (!controller.startFromSelection(fragment)) controller.openFind();
              return true;
            },
          },
        },
        view(view) {
          let scheduled = false;
          // After y-tiptap's own view update has written local edits to Yjs, so the mapping is current.
          const recompute = () => {
            scheduled = false;
            if (view.isDestroyed) return;
            view.dispatch(view.state.tr.setMeta(highlightsKey, buildDecorations(view.state, controller, fragment)).setMeta('addToHistory', false));
          };
          const schedule = () => {
            if (scheduled) return;
            scheduled = true;
            setTimeout(recompute, 0);
          };
          const unsubscribe = controller.subscribeHighlights(schedule);
          const unregister = controller.registerEditor(fragment, view, place);
          schedule();
          return {
            update(current, previous) {
              if (!current.state.doc.eq(previous.doc)) schedule();
              if (!current.state.selection.eq(previous.selection)) controller.selectionChanged(fragment, current.state);
            },
            destroy() {
              unsubscribe();
              unregister();
            },
          };
        },
      }),
    ];
  },
});
