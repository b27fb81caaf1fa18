/**
 * The import rules `npm run depcheck` holds the code to (dependency-cruiser). Type-only imports count:
 * a cycle through types still ties the files' meaning together.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No file may reach itself through its imports: such files can only be read, tested and changed together.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-folder-cycles',
      severity: 'error',
      comment:
        'No folder of server/ may reach itself through other folders: each part must be readable from the parts it uses. ' +
        'The folder server itself is left out: it holds the composition root (app.ts, server.ts, main.ts, lifecycle.ts), which wires every part together.',
      scope: 'folder',
      from: { path: '^server/' },
      to: { path: '^server/', circular: true },
    },
    {
      name: 'composition-root-is-imported-by-no-part',
      severity: 'error',
      comment: 'The files at the top of server/ are the composition root: they import the parts, and no part imports them.',
      from: { path: '^server/[^/]+/' },
      to: { path: '^server/[^/]+$' },
    },
    {
      name: 'sync-knows-no-domain',
      severity: 'error',
      comment: 'server/sync moves updates between sockets and storage; what a room means comes in from outside (the room kinds), so it imports no domain folder, routes or http.',
      from: { path: '^server/sync/' },
      to: { path: '^server/(documents|workshops|versions|comments|accounts|exports|routes|http)/' },
    },
    {
      name: 'client-stays-client',
      severity: 'error',
      comment: 'The client reaches the server only over HTTP and WebSocket; what both sides need lives in shared/.',
      from: { path: '^client/' },
      to: { path: '^server/' },
    },
    {
      name: 'shared-stays-shared',
      severity: 'error',
      comment: 'shared/ is what both sides use, so it imports nothing from either side.',
      from: { path: '^shared/' },
      to: { path: '^(server|client)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
