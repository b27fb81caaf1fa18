/** The body tree, built from the flat list the server sends (already sorted by sortOrder, name). */
export interface TreeBody {
  id: string;
  parentId: string | null;
}

export interface TreeNode<B extends TreeBody> {
  body: B;
  depth: number;
  children: TreeNode<B>[];
}

export function buildTree<B extends TreeBody>(bodies: readonly B[]): TreeNode<B>[] {
  const known = new Set(bodies.map((body) => body.id));
  const childrenOf = new Map<string | null, B[]>();
  for (const body of bodies) {
    // A parent that is not in the list (should not happen) puts the body at the top rather than losing it.
    const parent = body.parentId && known.has(body.parentId) ? body.parentId : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), body]);
  }
  const seen = new Set<string>();
  const grow = (parentId: string | null, depth: number): TreeNode<B>[] =>
    (childrenOf.get(parentId) ?? [])
      .filter((body) => !seen.has(body.id) && seen.add(body.id))
      .map((body) => ({ body, depth, children: grow(body.id, depth + 1) }));
  return grow(null, 0);
}

/** Depth-first, parents before children: the order of a flat list such as a select's options. */
export function flattenTree<B extends TreeBody>(nodes: TreeNode<B>[]): Array<{ body: B; depth: number }> {
  return nodes.flatMap((node) => [{ body: node.body, depth: node.depth }, ...flattenTree(node.children)]);
}

/** The body and everything below it: none of them can become its parent. */
export function selfAndDescendants(bodies: readonly TreeBody[], id: string): Set<string> {
  const result = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const body of bodies) {
      if (body.parentId && result.has(body.parentId) && !result.has(body.id)) {
        result.add(body.id);
        grew = true;
      }
    }
  }
  return result;
}

/** An indent for option labels, which cannot be styled: two no-break spaces per level. */
export const indent = (depth: number) => '\u00a0\u00a0'.repeat(depth * 2);
