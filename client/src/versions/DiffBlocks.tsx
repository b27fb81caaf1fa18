import type { DiffResult } from '../../../shared/api/version-diff';
import { t, type MessageKey } from '../../../shared/i18n';

type Block = DiffResult['blocks'][number];

const CHANGE_LABEL: Partial<Record<Block['change'], MessageKey>> = {
  changed: 'versions.diff.changedBlock',
  insert: 'versions.diff.insertedBlock',
  delete: 'versions.diff.deletedBlock',
};
const KIND_LABEL: Partial<Record<Block['kind'], MessageKey>> = {
  heading: 'versions.diff.kind.heading',
  listItem: 'versions.diff.kind.listItem',
  tableRow: 'versions.diff.kind.tableRow',
};

function Ops({ ops }: { ops: Block['ops'] }) {
  // A diff's parts have no identity of their own and are replaced all at once, so the position is the key.
  return ops.map((part, index) =>
    part.op === 'insert' ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: see above
      <ins key={index}>
        <span className="visually-hidden">{t('versions.diff.inserted')} </span>
        {part.text}
      </ins>
    ) : part.op === 'delete' ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: see above
      <del key={index}>
        <span className="visually-hidden">{t('versions.diff.deleted')} </span>
        {part.text}
      </del>
    ) : (
      // biome-ignore lint/suspicious/noArrayIndexKey: see above
      <span key={index}>{part.text}</span>
    ),
  );
}

/**
 * The text of two versions block by block, as the document reads: headings look like headings, list
 * items and table rows stay apart, and each changed block says so to a screen reader.
 */
export function DiffBlocks({ blocks }: { blocks: Block[] }) {
  return (
    <ol className="diff-blocks" data-testid="diff-blocks">
      {blocks.map((block, index) => {
        const change = CHANGE_LABEL[block.change];
        const kind = KIND_LABEL[block.kind];
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: the blocks are replaced all at once with each diff
          <li key={index} className={`diff-block diff-${block.kind} diff-${block.change}`} data-level={block.level}>
            {(change || kind) && (
              <span className="visually-hidden">
                {[change && t(change), kind && t(kind)].filter(Boolean).join(' ')}{' '}
              </span>
            )}
            <Ops ops={block.ops} />
          </li>
        );
      })}
    </ol>
  );
}
