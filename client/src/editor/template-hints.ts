import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { DocumentType } from '../../../shared/domain/documents';
import { DOCUMENT_TEMPLATES } from '../../../shared/documents/templates';
import { t } from '../../../shared/i18n';

/**
 * Shows a template's guidance on the empty paragraph after the heading (or bold lead-in) it belongs
 * to, as a hint that is not in the document (shared/documents/templates.ts): the decorations are
 * redrawn only when the document changes, and carry the text for CSS to show while the paragraph is empty.
 */
export function templateHints(type: DocumentType) {
  const hintAfter = new Map(DOCUMENT_TEMPLATES[type].hints.map((hint) => [hint.after, t(hint.key)]));
  const build = (doc: ProseMirrorNode) => {
    const decorations: Decoration[] = [];
    let previous: ProseMirrorNode | null = null;
    doc.forEach((node, offset) => {
      const hint = previous && node.type.name === 'paragraph' && node.childCount === 0 ? hintAfter.get(previous.textContent) : undefined;
      if (hint) decorations.push(Decoration.node(offset, offset + node.nodeSize, { class: 'template-hint', 'data-hint': hint }));
      previous = node;
    });
    return DecorationSet.create(doc, decorations);
  };
  const key = new PluginKey<DecorationSet>('templateHints');
  return Extension.create({
    name: 'templateHints',
    addProseMirrorPlugins() {
      return [
        new Plugin({
          key,
          state: {
            init: (_, state) => build(state.doc),
            apply: (transaction, current) => (transaction.docChanged ? build(transaction.doc) : current),
          },
          props: { decorations: (state) => key.getState(state) },
        }),
      ];
    },
  });
}
