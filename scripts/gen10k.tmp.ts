import { generateContent } from '/work/main/scripts/bench/generate.ts';
for (const stories of [3000, 10000]) {
const t = performance.now();
const r = generateContent({ stories, today: '2026-12-01' } as any);
console.log(stories, r.counts, (performance.now()-t)/1000);
}
