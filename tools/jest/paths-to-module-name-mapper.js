// tsconfig `paths` → jest `moduleNameMapper`, exact names only (`@zeren/x` and `@zeren/x/testing`).
exports.pathsToModuleNameMapper = (paths, root) =>
  Object.fromEntries(
    Object.entries(paths).map(([alias, [target]]) => [`^${alias.replace(/[/.]/g, '\\$&')}$`, `${root}/${target}`]),
  );
