/** Builds complete applications to the MINE.THE.GAP-like test calls through the API. */
import { expect } from 'vitest';
import type { TestEnv } from './harness.js';
import { makeApplicant } from './factories.js';
import { lastMailTo, tokenFrom } from './mail.js';
import { PDF, upload } from './upload.js';

export const PT_SITE = { name: 'Sede', city: 'Porto', country: 'PT', nutsCode: 'PT11', isHeadquarters: true };
const SUMMARY = 'Gemelo digital de la línea de corte: sensores de vibración y consumo en las sierras, modelo de desgaste de discos y mantenimiento planificado a partir de los datos de operación. '.repeat(2);

export type Applicant = Awaited<ReturnType<typeof makeApplicant>>;

/** A Spanish lead (adopter) and a Portuguese partner (provider), both SMEs, each with its applicant. */
export async function makeConsortium(env: TestEnv) {
  const lead = await makeApplicant(env);
  const partner = await makeApplicant(env, { country: 'PT', taxId: null, sites: [PT_SITE] });
  return { lead, partner };
}

/** A complete, eligible draft (every required answer, a file, both partners confirmed). */
export async function completeApplication(env: TestEnv, callId: string, lead: Applicant, partner: Applicant): Promise<string> {
  const created = await lead.agent.post(`/api/funding/calls/${callId}/applications`, { leadOrganisationId: lead.organisation.id, acronym: 'TWIN', title: 'Cutting line twin' });
  expect(created.statusCode).toBe(200);
  const id: string = created.json().id;
  await lead.agent.post(`/api/funding/applications/${id}/partners`, { email: partner.user.email, name: partner.user.name, roles: ['provider'], requestedCents: 2_000_000 });
  const token = tokenFrom((await lastMailTo(env, partner.user.email)).text);
  expect((await partner.agent.post(`/api/funding/invitations/${token}/accept`, { organisationId: partner.organisation.id, roles: ['provider'] })).statusCode).toBe(200);
  const detail = (await lead.agent.get(`/api/funding/applications/${id}`)).json();
  const [es, pt] = detail.partners.map((p: { id: string }) => p.id);
  await lead.agent.patch(`/api/funding/partners/${es}`, { roles: ['adopter'], requestedCents: 2_000_000 });
  const answers = {
    summary: SUMMARY,
    challenge: 'Paradas no planificadas.',
    duration: 9,
    start: '2022-06-01',
    impact: 'Menos energía por tonelada.',
    costs: { partners: { [es]: { personnel: 1_500_000 }, [pt]: { personnel: 2_000_000 } } },
  };
  const saved = await lead.agent.patch(`/api/funding/applications/${id}`, { instrumentId: 'MINE-PoC', trl: 6, activities: ['poc'], topics: ['digital'], answers });
  expect(saved.statusCode).toBe(200);
  const file = await upload(lead.agent, `/api/funding/applications/${id}/attachments?questionId=declarations`, 'declaraciones.pdf', PDF);
  expect(file.statusCode).toBe(200);
  expect(file.json().completeness).toEqual([]);
  expect(file.json().eligibility.eligible).toBe(true);
  return id;
}
