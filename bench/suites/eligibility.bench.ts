/**
 * Eligibility engine: one MINE.THE.GAP application, and re-checking every application of a call
 * (1,000 applications of 2-3 partners, with prior amounts in the programme). No target is given in
 * DOMAIN.md; the one used is the house rule that a request must not block the event loop > ~50 ms.
 */
import { checkEligibility, type Application, type PriorAmount } from '../../src/engines/eligibility/index.js';
import { MINE_THE_GAP_CALL_2, partner, sme } from '../../src/engines/eligibility/mine-the-gap.fixture.js';
import { defineSuite, time, type BenchRow } from '../lib/suite.js';

const COUNTRIES = ['ES', 'FI', 'PT', 'FR', 'DE', 'GR', 'US'];

function applications(n: number): { apps: Application[]; prior: PriorAmount[] } {
  const apps: Application[] = [];
  const prior: PriorAmount[] = [];
  for (let i = 0; i < n; i++) {
    const size = 2 + (i % 2);
    const partners = Array.from({ length: size }, (_, k) =>
      partner(sme(`org-${(i * 3 + k) % 700}`, COUNTRIES[(i + k) % COUNTRIES.length] ?? 'ES'), k === 0 ? 'adopter' : 'provider', 10_000 + ((i * 7 + k) % 20) * 1_000),
    );
    apps.push({ id: `app-${i}`, instrumentId: i % 3 === 0 ? 'MINE-Demo' : 'MINE-PoC', trl: 5 + (i % 4), partners });
    prior.push({ organisationId: `org-${i % 700}`, amountCents: ((i * 11) % 40) * 100_000, applicationId: `old-${i}` });
  }
  return { apps, prior };
}

export default defineSuite({
  name: 'eligibility',
  async run(ctx) {
    const runs = ctx.quick ? 20 : 200;
    const { apps, prior } = applications(ctx.quick ? 100 : 1000);
    const one = apps[1]!;
    const single = await time(() => checkEligibility({ rules: MINE_THE_GAP_CALL_2, application: one, prior }), { runs: runs * 5, warmup: 50 });
    const batch = await time(() => apps.map((application) => checkEligibility({ rules: MINE_THE_GAP_CALL_2, application, prior })), {
      runs: Math.ceil(runs / 10),
      warmup: 2,
    });
    const eligible = apps.filter((application) => checkEligibility({ rules: MINE_THE_GAP_CALL_2, application, prior }).eligible).length;
    const rows: BenchRow[] = [
      {
        name: `one application, ${prior.length} prior amounts in the programme`,
        metrics: { p50Ms: single.p50Ms, p95Ms: single.p95Ms },
        target: 'p95 < 1 ms',
        pass: single.p95Ms < 1,
      },
      {
        name: `${apps.length} applications re-checked`,
        metrics: { p50Ms: batch.p50Ms, p95Ms: batch.p95Ms, eligible, runs: batch.runs },
        target: 'p95 < 50 ms',
        pass: batch.p95Ms < 50,
      },
    ];
    return rows;
  },
});
