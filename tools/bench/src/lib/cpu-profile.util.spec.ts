import { packageOf, summarizeProfile } from './cpu-profile.util';

describe('cpu profile summary', () => {
  it('names the package a frame belongs to', () => {
    expect(packageOf('file:///w/node_modules/typeorm/query-builder/SelectQueryBuilder.js', 'getQuery')).toBe('typeorm');
    expect(packageOf('file:///w/node_modules/@apollo/server/dist/cjs/x.js', 'f')).toBe('@apollo/server');
    expect(packageOf('file:///w/libs/org-tree/src/lib/org-tree.loaders.ts', 'f')).toBe('libs/org-tree');
    expect(packageOf('node:internal/http', 'f')).toBe('node:internal');
    expect(packageOf('', '(garbage collector)')).toBe('((garbage collector))');
  });

  it('adds self time per package and leaves idle time out', () => {
    const s = summarizeProfile({
      nodes: [
        { id: 1, callFrame: { functionName: '(idle)', url: '', lineNumber: -1 } },
        { id: 2, callFrame: { functionName: 'a', url: 'file:///w/node_modules/graphql/x.js', lineNumber: 0 } },
        { id: 3, callFrame: { functionName: 'b', url: 'file:///w/node_modules/typeorm/y.js', lineNumber: 9 } },
      ],
      samples: [1, 2, 3, 3],
      timeDeltas: [5000, 1000, 2000, 1000],
    });
    expect(s.idleMs).toBe(5);
    expect(s.busyMs).toBe(4);
    expect(s.byPackage).toEqual([
      { label: 'typeorm', ms: 3 },
      { label: 'graphql', ms: 1 },
    ]);
  });
});
