/** Applications: drafts, autosave, consortium, files, submission, versions; invitations. */
import { z } from 'zod';
import { idParamsSchema, okSchema, responses } from '../../../../shared/contracts/common.js';
import {
  acceptInvitationSchema,
  applicationCreateSchema,
  applicationPatchSchema,
  applicationSchema,
  applicationSummarySchema,
  invitationSchema,
  partnerInviteSchema,
  partnerPatchSchema,
  submitSchema,
  versionSchema,
} from '../../../../shared/contracts/funding-applications.js';
import { tokenString } from '../../../../shared/contracts/identity.js';
import type { App } from '../../../platform/http/types.js';
import { createApplication, getApplication, myApplications, updateApplication } from '../service/applications.js';
import { attachmentForDownload, removeAttachment, uploadAttachment } from '../service/attachments.js';
import { acceptInvitation, declineInvitation, invitePartner, peekInvitation, removePartner, resendInvitation, updatePartner } from '../service/consortium.js';
import { getVersion } from '../service/staff.js';
import { submitApplication } from '../service/submit.js';
import { filePart, sendStored } from './download.js';

const tags = ['applications'];
const applicants = ['applicant', 'member'] as const;
const readers = ['applicant', 'member', 'admin', 'staff', 'finance'] as const;
const submitResultSchema = z.object({ version: z.number().int(), submittedAt: z.iso.datetime(), snapshotHash: z.string(), replayed: z.boolean() }).meta({ id: 'SubmitResult' });

export function applicationRoutes(app: App): void {
  app.get('/api/funding/my/applications', {
    config: { access: applicants },
    schema: { tags, summary: 'Applications of the organisations I act for (led or joined)', response: responses(z.array(applicationSummarySchema)) },
    handler: async (req) => myApplications(req.ctx),
  });

  app.post('/api/funding/calls/:id/applications', {
    config: { access: applicants },
    schema: { tags, summary: 'Start an application to an open call for an organisation I act for', params: idParamsSchema, body: applicationCreateSchema, response: responses(applicationSchema) },
    handler: async (req) => createApplication(req.ctx, req.params.id, req.body),
  });

  app.get('/api/funding/applications/:id', {
    config: { access: readers },
    schema: { tags, summary: 'An application with its live eligibility and what is missing (its consortium and staff only)', params: idParamsSchema, response: responses(applicationSchema) },
    handler: async (req) => getApplication(req.ctx, req.params.id),
  });

  app.patch('/api/funding/applications/:id', {
    config: { access: applicants },
    schema: { tags, summary: 'Autosave (lead only, before the deadline): fields and answers merged by question', params: idParamsSchema, body: applicationPatchSchema, response: responses(applicationSchema) },
    handler: async (req) => updateApplication(req.ctx, req.params.id, req.body),
  });

  app.post('/api/funding/applications/:id/submit', {
    config: { access: applicants },
    schema: { tags, summary: 'Submit: store an immutable version and mail receipts (refused from the deadline on)', params: idParamsSchema, body: submitSchema, response: responses(submitResultSchema) },
    handler: async (req) => submitApplication(req.ctx, req.params.id, req.body),
  });

  app.get('/api/funding/applications/:id/versions/:version', {
    config: { access: readers },
    schema: { tags, summary: 'One submitted version, as it was submitted', params: z.object({ id: z.uuid(), version: z.coerce.number().int().min(1) }), response: responses(versionSchema) },
    handler: async (req) => getVersion(req.ctx, req.params.id, req.params.version),
  });

  app.post('/api/funding/applications/:id/partners', {
    config: { access: applicants },
    schema: { tags, summary: 'Invite a partner organisation by email (lead only)', params: idParamsSchema, body: partnerInviteSchema, response: responses(applicationSchema) },
    handler: async (req) => {
      await invitePartner(req.ctx, req.params.id, req.body);
      return getApplication(req.ctx, req.params.id);
    },
  });

  app.patch('/api/funding/partners/:id', {
    config: { access: applicants },
    schema: { tags, summary: 'Change a partner: amounts (lead), roles (lead or the partner), de minimis declaration (the partner)', params: idParamsSchema, body: partnerPatchSchema, response: responses(okSchema) },
    handler: async (req) => {
      await updatePartner(req.ctx, req.params.id, req.body);
      return { ok: true as const };
    },
  });

  app.delete('/api/funding/partners/:id', {
    config: { access: applicants },
    schema: { tags, summary: 'Remove a partner from the consortium (lead only; not the lead)', params: idParamsSchema, response: responses(okSchema) },
    handler: async (req) => {
      await removePartner(req.ctx, req.params.id);
      return { ok: true as const };
    },
  });

  app.post('/api/funding/partners/:id/invitation', {
    config: { access: applicants },
    schema: { tags, summary: 'Mail the invitation again (the previous link stops working)', params: idParamsSchema, response: responses(okSchema) },
    handler: async (req) => {
      await resendInvitation(req.ctx, req.params.id);
      return { ok: true as const };
    },
  });

  app.post('/api/funding/applications/:id/attachments', {
    config: { access: applicants },
    schema: {
      tags,
      summary: 'Upload a file answering a file question (multipart field `file`; type sniffed, size limited)',
      params: idParamsSchema,
      querystring: z.object({ questionId: z.string().min(1).max(40) }),
      consumes: ['multipart/form-data'],
      response: responses(applicationSchema),
    },
    handler: async (req) => {
      const part = await filePart(req);
      return uploadAttachment(req.ctx, req.params.id, req.query.questionId, { stream: part.file as never, filename: part.filename });
    },
  });

  app.delete('/api/funding/attachments/:id', {
    config: { access: applicants },
    schema: { tags, summary: 'Take a file out of the answers (submitted versions keep it)', params: idParamsSchema, response: responses(applicationSchema) },
    handler: async (req) => removeAttachment(req.ctx, req.params.id),
  });

  app.get('/api/funding/attachments/:id', {
    config: { access: readers },
    schema: { tags, summary: 'Download a file of an application (its consortium and staff only)', params: idParamsSchema },
    handler: async (req, reply) => sendStored(req.ctx, reply, await attachmentForDownload(req.ctx, req.params.id)),
  });

  app.get('/api/funding/invitations/:token', {
    config: { access: 'public' },
    schema: { tags, summary: 'What a partner invitation is for (whoever holds the link)', params: z.object({ token: tokenString }), response: responses(invitationSchema) },
    handler: async (req) => peekInvitation(req.ctx, req.params.token),
  });

  app.post('/api/funding/invitations/:token/accept', {
    config: { access: applicants },
    schema: { tags, summary: 'Join the consortium for an organisation I act for, with its role(s)', params: z.object({ token: tokenString }), body: acceptInvitationSchema, response: responses(z.object({ applicationId: z.uuid() })) },
    handler: async (req) => ({ applicationId: await acceptInvitation(req.ctx, req.params.token, req.body) }),
  });

  app.post('/api/funding/invitations/:token/decline', {
    config: { access: 'public', csrfExempt: true },
    schema: { tags, summary: 'Decline a partner invitation (whoever holds the link)', params: z.object({ token: tokenString }), response: responses(okSchema) },
    handler: async (req) => {
      await declineInvitation(req.ctx, req.params.token);
      return { ok: true as const };
    },
  });
}
