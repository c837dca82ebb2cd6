import Module from 'node:module';

type FileTypeModule = typeof import('file-type');

let loaded: FileTypeModule | undefined;

/**
 * file-type is ESM-only. Node ≥ 20.19 loads ESM with a plain require() (require(esm)): that is what
 * the swc-built gateway and `node -r @swc-node/register` do. Jest (before Node 24.9) cannot: its
 * `node:module` is a subclass whose createRequire goes through jest's registry, so we take Node's
 * own createRequire from the parent class. This keeps the workaround inside this lib, where the
 * alternative (transformIgnorePatterns plus a .js transform in jest.config.js) must list file-type
 * and each of its four ESM dependencies for every project.
 */
export function fileTypeModule(): FileTypeModule {
  const native = (Object.getPrototypeOf(Module) as Partial<typeof Module>).createRequire ?? Module.createRequire;
  loaded ??= native(__filename)('file-type') as FileTypeModule;
  return loaded;
}
