/**
 * Integrity check of the frozen decisions: each record is hashed again and compared with the hash
 * stored at the freeze; the awards and outcomes written with it must still say what the record says
 * (cancelled awards included: a cancellation changes the status, never the amount), plus the awards
 * of reserve applications promoted since (`award_change`).
 */
import type { Ctx } from '../../../platform/context.js';
import * as repo from '../repository.js';
import { recordHash } from './hash.js';
import { presentRows } from './present.js';
import type { SelectionRecord } from './record.js';

export interface DecisionProblem {
  callCode: string;
  decisionId: string;
  problem: 'record_hash' | 'awards' | 'outcomes';
  detail: string;
}

function awardKey(applicationId: string, organisationId: string, amountCents: number): string {
  return `${applicationId}/${organisationId}/${amountCents}`;
}

async function checkRows(ctx: Ctx, d: repo.DecisionRow & { callCode: string }, record: SelectionRecord): Promise<DecisionProblem[]> {
  const problems: DecisionProblem[] = [];
  const promoted = (await repo.changesOf(ctx.db, d.id)).filter((c) => c.kind === 'promoted').map((c) => c.applicationId);
  const funded = [...record.result.funded.map((f) => ({ id: f.proposalId, partners: f.partners })), ...promoted.map((id) => ({ id, partners: record.input.candidates.find((c) => c.proposalId === id)?.partners ?? [] }))];
  const expected = funded.flatMap((f) => f.partners.filter((p) => p.amountCents > 0).map((p) => awardKey(f.id, p.recipientId, p.amountCents))).sort();
  const stored = (await repo.awardsOf(ctx.db, d.id)).map((a) => awardKey(a.applicationId, a.organisationId, a.amountCents)).sort();
  if (expected.join() !== stored.join()) problems.push({ callCode: d.callCode, decisionId: d.id, problem: 'awards', detail: `${stored.length} award rows differ from the ${expected.length} of the record` });
  const outcomes = new Map((await repo.outcomesOf(ctx.db, d.id)).map((o) => [o.applicationId, o]));
  const rows = presentRows(record).filter((r) => r.decision !== 'pending');
  const differing = rows.filter((r) => {
    const o = outcomes.get(r.applicationId);
    return !o || o.outcome !== r.decision || o.rank !== r.rank || o.reservePosition !== r.reservePosition;
  });
  if (differing.length > 0 || outcomes.size !== rows.length) problems.push({ callCode: d.callCode, decisionId: d.id, problem: 'outcomes', detail: `${differing.length} outcomes differ from the record` });
  return problems;
}

/** Every frozen decision checked; `problems` is empty when all are intact. */
export async function verifyDecisions(ctx: Ctx): Promise<{ decisions: number; problems: DecisionProblem[] }> {
  const decisions = await repo.allDecisions(ctx.db);
  const problems: DecisionProblem[] = [];
  for (const d of decisions) {
    const actual = recordHash(d.record);
    if (actual !== d.recordHash) {
      // An altered record cannot be trusted to check the rows against.
      problems.push({ callCode: d.callCode, decisionId: d.id, problem: 'record_hash', detail: `stored ${d.recordHash}, recomputed ${actual}` });
      continue;
    }
    problems.push(...(await checkRows(ctx, d, d.record as SelectionRecord)));
  }
  return { decisions: decisions.length, problems };
}
