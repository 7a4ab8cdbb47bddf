/**
 * Sending the decision letters of a frozen decision: every application's creator and the people who
 * confirmed its partners receive the letter in their language through the mail outbox; reserves
 * promoted after a decline also receive a promotion letter, and an applicant that declined the
 * acknowledgement of its decline (the award cancelled, the reason). Letters go out once per person,
 * application and kind; sending again only reaches those not written to yet.
 */
import type { CallRankingDoc } from '../../../../shared/contracts/funding.js';
import type { AwardsRow } from '../../../../shared/contracts/awards.js';
import { actorId } from '../../../platform/actor.js';
import { audit } from '../../../platform/audit/audit.js';
import { inTransaction, type Ctx } from '../../../platform/context.js';
import { AppError, forbidden, notFound } from '../../../platform/http/errors.js';
import { sendMail } from '../../../platform/mail/mailer.js';
import { can } from '../policy.js';
import * as repo from '../repository.js';
import { composeLetter, type LetterData } from './letter.js';
import { presentRows } from './present.js';
import type { SelectionRecord } from './record.js';

export type Kind = 'decision' | 'promotion' | 'decline';

/** What every letter of a decision is written from, and which applications were promoted or declined since. */
export async function letterSources(ctx: Ctx, call: repo.CallRow, decision: repo.DecisionRow): Promise<{ rows: AwardsRow[]; promoted: Set<string>; declined: Map<string, string>; dataFor: (row: AwardsRow, kind?: Kind) => LetterData }> {
  const record = decision.record as SelectionRecord;
  const rows = presentRows(record).filter((r) => r.decision !== 'pending');
  const consensus = new Map((await repo.finalConsensus(ctx.db, rows.map((r) => r.applicationId))).map((c) => [c.applicationId, { scores: c.scores as Record<string, number>, comments: c.comments as Record<string, string> }]));
  const changes = await repo.changesOf(ctx.db, decision.id);
  const promoted = new Set(changes.filter((c) => c.kind === 'promoted').map((c) => c.applicationId));
  const declined = new Map(changes.filter((c) => c.kind === 'declined').map((c) => [c.applicationId, c.reason ?? '']));
  return {
    rows,
    promoted,
    declined,
    dataFor: (row, kind = 'decision') => ({
      callTitle: { es: call.titleEs, en: call.titleEn },
      ranking: call.ranking as CallRankingDoc,
      row,
      consensus: consensus.get(row.applicationId),
      currency: record.call.currency,
      promoted: kind === 'promotion',
      ...(kind === 'decline' ? { declined: { reason: declined.get(row.applicationId) ?? '' } } : {}),
    }),
  };
}

/** The people a letter about an application goes to: its creator and whoever confirmed a partner. */
async function recipientsOf(ctx: Ctx, applicationIds: string[]) {
  const [apps, partners] = await Promise.all([repo.applicationsByIds(ctx.db, applicationIds), repo.partnersOf(ctx.db, applicationIds)]);
  const ids = new Map<string, Set<string>>(applicationIds.map((id) => [id, new Set<string>()]));
  for (const a of apps) if (a.createdBy) ids.get(a.id)!.add(a.createdBy);
  for (const p of partners) if (p.confirmedBy) ids.get(p.applicationId)!.add(p.confirmedBy);
  const users = new Map((await repo.usersByIds(ctx.db, [...new Set([...ids.values()].flatMap((s) => [...s]))])).map((u) => [u.id, u]));
  return (applicationId: string) => [...(ids.get(applicationId) ?? [])].map((id) => users.get(id)!).filter((u) => u && u.status !== 'disabled');
}

/** Mails the letters of a call's frozen decision (and of promotions since) to everyone not written to yet. */
export async function sendLetters(ctx: Ctx, callId: string): Promise<{ sent: number; alreadySent: number }> {
  const call = await repo.findCall(ctx.db, callId);
  const programme = call ? await repo.findProgramme(ctx.db, call.programmeId) : undefined;
  if (!call || !programme) throw notFound('call', callId);
  if (!can(ctx.actor, 'decide', programme)) throw forbidden('send_letters');
  return inTransaction(ctx, async (tx) => {
    const decision = await repo.decisionOfCall(tx.db, callId);
    if (!decision) throw new AppError('awards.not_frozen', {});
    const { rows, promoted, declined, dataFor } = await letterSources(tx, call, decision);
    const done = new Set((await repo.lettersOf(tx.db, decision.id)).map((l) => `${l.applicationId}/${l.userId}/${l.kind}`));
    const people = await recipientsOf(tx, rows.map((r) => r.applicationId));
    const letters: { row: AwardsRow; kind: Kind }[] = [
      ...rows.map((row) => ({ row, kind: 'decision' as const })),
      ...rows.filter((r) => promoted.has(r.applicationId)).map((row) => ({ row, kind: 'promotion' as const })),
      ...rows.filter((r) => declined.has(r.applicationId)).map((row) => ({ row, kind: 'decline' as const })),
    ];
    let sent = 0;
    let alreadySent = 0;
    for (const { row, kind } of letters) {
      for (const u of people(row.applicationId)) {
        if (done.has(`${row.applicationId}/${u.id}/${kind}`)) {
          alreadySent++;
          continue;
        }
        const letter = composeLetter(dataFor(row, kind), u.locale, u.name);
        const mailId = await sendMail(tx, { to: u.email, locale: u.locale, template: 'awardsLetter', params: letter, action: { url: `${tx.config.publicUrl}/funding/applications/${row.applicationId}`, labelKey: 'mail:awardsLetter.action' } });
        await repo.insertLetter(tx.db, { decisionId: decision.id, applicationId: row.applicationId, userId: u.id, email: u.email, kind, locale: u.locale, mailMessageId: mailId, sentAt: tx.clock.now(), sentBy: actorId(tx.actor) });
        sent++;
      }
    }
    await audit(tx, { action: 'awards.letters_sent', entityType: 'call', entityId: callId, summary: { decisionId: decision.id, sent, alreadySent } });
    return { sent, alreadySent };
  });
}
