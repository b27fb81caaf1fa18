import { PGlite } from '@electric-sql/pglite';

/**
 * Postgres settings for the embedded database, passed as `-c` at start. PGlite's own default keeps
 * Postgres's 128 MB of shared_buffers, and in WASM every byte of them is touched at start and held
 * for the life of the process (a WASM heap never shrinks); Samsyn's working set is a few MB of hot
 * rows, so 16 MB is ample. maintenance_work_mem bounds the heap a migration's index build may grow to.
 */
export const pgliteMemorySettings = {
  shared_buffers: '16MB',
  maintenance_work_mem: '16MB',
  temp_buffers: '2MB',
} as const;

export const pgliteStartParams = [
  ...PGlite.defaultStartParams,
  ...Object.entries(pgliteMemorySettings).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
];
