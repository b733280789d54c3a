// Source strength of the built site: how many shown claims rest on each best tier, which carry a
// weak-sourcing note and why, and which registered sources have no date. Reads dist/, so build first.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ClaimSource {
  id: string;
  tier: 1 | 2 | 3;
}
interface Claim {
  kind: string;
  id: string;
  sources: ClaimSource[];
  weak_sourcing: string | null;
}
interface Source {
  id: string;
  outlet: string;
  tier: 1 | 2 | 3;
  published?: string;
  undated_reason?: string;
}

const dist = join(process.cwd(), 'dist');
const read = <T>(path: string): T => {
  const file = join(dist, path);
  if (!existsSync(file)) throw new Error(`${path} is missing from dist/: run \`npm run build\` first.`);
  return JSON.parse(readFileSync(file, 'utf8')) as T;
};

const { claims } = read<{ claims: Claim[] }>('data/claims.json');
const { sources } = read<{ sources: Source[] }>('data/sources.json');
const best = (claim: Claim) => Math.min(...claim.sources.map((source) => source.tier));
const percent = (n: number) => `${((100 * n) / claims.length).toFixed(1)}%`;

console.log(`Shown claims: ${claims.length} (figures, quotes and timeline events)\n`);
console.log('Claims by best tier:');
for (const tier of [1, 2, 3]) {
  const n = claims.filter((claim) => best(claim) === tier).length;
  console.log(`  tier ${tier}: ${String(n).padStart(4)}  ${percent(n)}`);
}
const bare = claims.filter((claim) => best(claim) === 3 && !claim.weak_sourcing);
console.log(`  tier 3 alone without a weak-sourcing note: ${bare.length}${bare.length ? ` (${bare.map((c) => c.id).join(', ')})` : ''}`);

const weak = claims.filter((claim) => claim.weak_sourcing);
console.log(`\nWeak sourcing (${weak.length}):`);
for (const claim of weak) console.log(`  ${claim.kind} ${claim.id}: ${claim.weak_sourcing}`);

const undated = sources.filter((source) => !source.published);
console.log(`\nUndated sources (${undated.length} of ${sources.length}):`);
for (const source of undated) console.log(`  ${source.id} (${source.outlet}): ${source.undated_reason ?? 'no reason given'}`);

// Shown here, not enforced: the goal is that nine in ten shown claims have a tier-1 source.
const tier1 = claims.filter((claim) => best(claim) === 1).length;
console.log(`\nGoal: 0 bare tier-3 claims (now ${bare.length}); 90% with a tier-1 source (now ${percent(tier1)}).`);
if (bare.length) process.exitCode = 1;
