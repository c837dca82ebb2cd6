/** The parts of a V8 .cpuprofile (node --cpu-prof) that self time needs. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  busyMs: number;
  idleMs: number;
  byPackage: { label: string; ms: number }[];
  byFunction: { label: string; ms: number }[];
}

/** `typeorm`, `@apollo/server`, `libs/org-tree`, `node:…`, or the V8 pseudo-frame such as `(garbage collector)`. */
export function packageOf(url: string, functionName: string): string {
  const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (dependency) return dependency[1];
  const own = /\/((?:apps|libs|tools)\/[^/]+)\//.exec(url);
  if (own) return own[1];
  if (url.startsWith('node:')) return url.split('/')[0];
  return url ? url : `(${functionName || 'native'})`;
}

/** Self time per package and per function; idle time is left out of the shares. */
export function summarizeProfile(profile: CpuProfile, top = 25): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const pkg = new Map<string, number>();
  const fn = new Map<string, number>();
  let busy = 0;
  let idle = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node) return;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)') {
      idle += ms;
      return;
    }
    busy += ms;
    const p = packageOf(url, functionName);
    pkg.set(p, (pkg.get(p) ?? 0) + ms);
    const f = `${functionName || '(anonymous)'}  ${url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/((apps|libs|tools)\/)/, '$1')}:${lineNumber + 1}`;
    fn.set(f, (fn.get(f) ?? 0) + ms);
  });
  const sorted = (m: Map<string, number>) =>
    [...m]
      .map(([label, ms]) => ({ label, ms }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, top);
  return { busyMs: busy, idleMs: idle, byPackage: sorted(pkg), byFunction: sorted(fn) };
}
