import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/**
 * Prints the gzip size of the JavaScript a browser fetches before the first page renders: the entry
 * script plus every chunk index.html preloads. Lazy routes are not counted (they load on navigation).
 */
export function firstLoadSize(): Plugin {
  let line = '';
  return {
    name: 'zeren:first-load-size',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = bundle['index.html'];
      if (!html || html.type !== 'asset') return;
      const source = String(html.source);
      const files = [...source.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/?([^"]+\.js)"/g)].map((m) => m[1]);
      let raw = 0;
      let gzip = 0;
      for (const file of new Set(files)) {
        const chunk = bundle[file];
        if (!chunk) continue;
        const code = chunk.type === 'chunk' ? chunk.code : String(chunk.source);
        raw += Buffer.byteLength(code);
        gzip += gzipSync(code, { level: 9 }).length;
      }
      const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
      line = `first-load JS: ${files.length} file(s), ${kb(raw)} raw, ${kb(gzip)} gzip`;
      this.emitFile({ type: 'asset', fileName: 'first-load.json', source: JSON.stringify({ files, raw, gzip }, null, 2) });
    },
    closeBundle() {
      // Printed after vite's own file list, as the build's last line.
      if (line) process.stdout.write(`\n${line}\n`);
    },
  };
}
