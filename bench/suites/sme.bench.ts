/**
 * SME status determination (Recommendation 2003/361/EC): a single autonomous enterprise, and a
 * synthetic group of N enterprises (a tree of linked subsidiaries, each with partners) over 5 closed
 * years. No target is given in DOMAIN.md; the one used here is the house rule that a request must
 * not block the event loop for more than ~50 ms.
 */
import { determineSmeStatus, type Enterprise, type Relation, type SmeInput } from '../../src/engines/sme/index.js';
import { defineSuite, time, type BenchRow } from '../lib/suite.js';

const YEARS = [2020, 2021, 2022, 2023, 2024];

function enterprise(id: string, seed: number, relations: Enterprise['relations']): Enterprise {
  return {
    id,
    relations,
    years: YEARS.map((year, i) => ({
      year,
      awu: ((seed * 7 + i * 3) % 40) + 0.5,
      turnoverCents: ((seed * 13 + i) % 90 + 1) * 10_000_000,
      balanceSheetCents: ((seed * 17 + i) % 80 + 1) * 10_000_000,
    })),
  };
}

/** Enterprise i (> 0) is held 60 % by (i - 1) / 3 (linked tree); every third also has a 30 % partner. */
function group(size: number): SmeInput {
  const enterprises: Enterprise[] = [];
  for (let i = 0; i < size; i++) {
    const relations: Relation[] = [];
    if (i > 0) relations.push({ enterpriseId: `E${Math.floor((i - 1) / 3)}`, direction: 'held_by', capitalPct: 60, votingPct: 60 });
    if (i % 3 === 0) relations.push({ enterpriseId: `P${i}`, direction: 'held_by', capitalPct: 30, votingPct: 30 });
    enterprises.push(enterprise(`E${i}`, i, relations));
    if (i % 3 === 0) enterprises.push(enterprise(`P${i}`, i + 1000, []));
  }
  return { enterpriseId: 'E0', enterprises, publicBodyControl: false };
}

export default defineSuite({
  name: 'sme',
  async run(ctx) {
    const runs = ctx.quick ? 20 : 200;
    const rows: BenchRow[] = [];
    const single = group(1);
    const s = await time(() => determineSmeStatus(single), { runs, warmup: 20 });
    rows.push({ name: 'autonomous enterprise, 5 years', metrics: { p50Ms: s.p50Ms, p95Ms: s.p95Ms }, target: 'p95 < 1 ms', pass: s.p95Ms < 1 });
    for (const size of ctx.quick ? [30] : [30, 300, 1000]) {
      const input = group(size);
      const members = determineSmeStatus(input).group.length;
      const t = await time(() => determineSmeStatus(input), { runs: size > 300 ? Math.ceil(runs / 10) : runs, warmup: 3 });
      rows.push({
        name: `group of ${input.enterprises.length} enterprises (${members} counted), 5 years`,
        metrics: { p50Ms: t.p50Ms, p95Ms: t.p95Ms, maxMs: t.maxMs, runs: t.runs },
        target: 'p95 < 50 ms',
        pass: t.p95Ms < 50,
      });
    }
    return rows;
  },
});
