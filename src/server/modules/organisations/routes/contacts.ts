/** Contacts and consents; the export and erasure of what is held about a person. */
import { idParamsSchema, okSchema, responses } from '../../../../shared/contracts/common.js';
import { consentInputSchema, consentSchema, contactExportSchema, contactInputSchema, contactSchema } from '../../../../shared/contracts/organisation-records.js';
import type { App } from '../../../platform/http/types.js';
import { presentContact } from '../presenters.js';
import { addContact, eraseContact, exportContact, recordConsent, updateContact } from '../service/contacts.js';
import { iso } from '../presenters.js';

const tags = ['contacts'];
const editors = ['admin', 'staff', 'member'] as const;

export function contactRoutes(app: App): void {
  app.post('/api/organisations/:id/contacts', {
    config: { access: editors },
    schema: { tags, summary: 'Add a contact person', params: idParamsSchema, body: contactInputSchema, response: responses(contactSchema) },
    handler: async (req) => presentContact(await addContact(req.ctx, req.params.id, req.body), []),
  });

  app.patch('/api/contacts/:id', {
    config: { access: editors },
    schema: { tags, summary: 'Change a contact', params: idParamsSchema, body: contactInputSchema, response: responses(contactSchema) },
    handler: async (req) => presentContact(await updateContact(req.ctx, req.params.id, req.body), []),
  });

  app.post('/api/contacts/:id/consents', {
    config: { access: editors },
    schema: { tags, summary: 'Record a consent given or withdrawn (purpose, date, source)', params: idParamsSchema, body: consentInputSchema, response: responses(consentSchema) },
    handler: async (req) => {
      const c = await recordConsent(req.ctx, req.params.id, req.body);
      return { id: c.id, purpose: c.purpose, granted: c.granted, givenOn: c.givenOn, source: c.source, createdAt: iso(c.createdAt) };
    },
  });

  app.get('/api/contacts/:id/export', {
    config: { access: editors },
    schema: { tags, summary: 'Everything held about this person (right of access)', params: idParamsSchema, response: responses(contactExportSchema) },
    handler: async (req) => exportContact(req.ctx, req.params.id),
  });

  app.post('/api/contacts/:id/erase', {
    config: { access: editors },
    schema: { tags, summary: 'Erase this person: personal data removed, the fact recorded in the audit log', params: idParamsSchema, response: responses(okSchema) },
    handler: async (req) => {
      await eraseContact(req.ctx, req.params.id);
      return { ok: true as const };
    },
  });
}
