// `node -r @swc-node/register tools/bench/src/profile-summary.ts <file.cpuprofile> [top]`: where a
// `npm run bench -- --cpu-prof` gateway spent its CPU, by package and by function (self time).
import { readFileSync } from 'node:fs';
import { summarizeProfile, type CpuProfile } from './lib/cpu-profile.util';

const [file, top = '25'] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: profile-summary.ts <file.cpuprofile> [top]\n');
  process.exit(2);
}
const summary = summarizeProfile(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, Number(top));
const line = (ms: number, label: string) => `${ms.toFixed(0).padStart(8)} ms ${((100 * ms) / summary.busyMs).toFixed(1).padStart(5)} %  ${label}`;
process.stdout.write(`busy ${summary.busyMs.toFixed(0)} ms (idle ${summary.idleMs.toFixed(0)} ms not counted)\n\nby package\n`);
for (const p of summary.byPackage) process.stdout.write(`${line(p.ms, p.label)}\n`);
process.stdout.write('\nby function\n');
for (const f of summary.byFunction) process.stdout.write(`${line(f.ms, f.label)}\n`);
