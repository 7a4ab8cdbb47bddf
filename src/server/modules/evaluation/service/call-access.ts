/**
 * Who manages the evaluation of a call: admins, and staff of the programme's office (the funding
 * module's rule). Every staff-facing service of this module starts here.
 */
import type { Ctx } from '../../../platform/context.js';
import { forbidden, notFound } from '../../../platform/http/errors.js';
import { canOnProgramme } from '../../funding/index.js';
import * as data from '../repository/call-data.js';

/** The call, for whoever sees the back office (404 when it does not exist). */
export async function viewableCall(ctx: Ctx, callId: string): Promise<data.CallRow> {
  const found = await data.findCall(ctx.db, callId);
  if (!found) throw notFound('call', callId);
  if (!canOnProgramme(ctx.actor, 'view', { officeId: found.officeId })) throw forbidden();
  return found.call;
}

/** The call, for whoever manages its programme (403 otherwise). */
export async function manageableCall(ctx: Ctx, callId: string): Promise<data.CallRow> {
  const found = await data.findCall(ctx.db, callId);
  if (!found) throw notFound('call', callId);
  if (!canOnProgramme(ctx.actor, 'manage', { officeId: found.officeId })) throw forbidden();
  return found.call;
}
