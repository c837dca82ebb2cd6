// Compiles the gateway and the libs it uses to plain JavaScript in dist/gateway, keeping the
// source layout and rewriting `@zeren/*` imports to relative paths (swc reads tsconfig's paths).
import { transformFile } from '@swc/core';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = join(root, 'dist/gateway');
const { compilerOptions } = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8'));

const sources = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'node_modules') walk(path);
    }
    else if (name.endsWith('.ts') && !name.endsWith('.spec.ts') && name !== 'testing.ts') sources.push(path);
  }
};
// The gateway, every lib, and the seeder (the image seeds demo data on request).
for (const dir of ['apps/gateway/src', 'libs', 'tools/seed/src']) walk(join(root, dir));

rmSync(out, { recursive: true, force: true });
for (const file of sources) {
  const { code, map } = await transformFile(file, {
    swcrc: false,
    sourceMaps: true,
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      keepClassNames: true,
      target: 'es2022',
      baseUrl: root,
      paths: compilerOptions.paths,
    },
    module: { type: 'commonjs' },
  });
  const target = join(out, relative(root, file)).replace(/\.ts$/, '.js');
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, `${code}\n//# sourceMappingURL=${target.split('/').pop()}.map\n`);
  if (map) writeFileSync(`${target}.map`, map);
}
process.stdout.write(`dist/gateway: ${sources.length} files; run node dist/gateway/apps/gateway/src/main.js\n`);
