/**
 * Demo data of the identity module: the fictional "Clúster Ibérico de Materias Primas" with its four
 * offices and one person per role. All demo people share the password in DEMO_PASSWORD.
 */
import type { DemoStep } from '../../demo/types.js';
import { hashPassword } from '../../platform/secrets.js';
import type { Role } from '../../../shared/roles.js';
import * as repo from './repository.js';
import { createOffice } from './service/offices.js';

export const DEMO_PASSWORD = 'veta-demo-2026';
export const DEMO_DOMAIN = 'demo.veta.local';

const OFFICES = [
  { code: 'leon', name: 'Oficina de León', city: 'León', nutsCode: 'ES413' },
  { code: 'sevilla', name: 'Oficina de Sevilla', city: 'Sevilla', nutsCode: 'ES618' },
  { code: 'murcia', name: 'Oficina de Murcia', city: 'Murcia', nutsCode: 'ES620' },
  { code: 'madrid', name: 'Oficina de Madrid', city: 'Madrid', nutsCode: 'ES300' },
];

export const DEMO_PEOPLE: { role: Role; name: string; local: string; locale: 'es' | 'en'; offices?: string[] }[] = [
  { role: 'admin', name: 'Lucía Fernández Robles', local: 'admin', locale: 'es' },
  { role: 'staff', name: 'Marcos Álvarez Prieto', local: 'staff', locale: 'es', offices: ['leon'] },
  { role: 'staff', name: 'Rocío Domínguez Vela', local: 'staff.sevilla', locale: 'es', offices: ['sevilla', 'murcia'] },
  { role: 'finance', name: 'Javier Ortega Sanz', local: 'finance', locale: 'es' },
  { role: 'member', name: 'Ana Gutiérrez Llamas', local: 'member', locale: 'es' },
  { role: 'applicant', name: 'Daniel Moreno Cid', local: 'applicant', locale: 'es' },
  { role: 'evaluator', name: 'Dr. Helena Virtanen', local: 'evaluator', locale: 'en' },
];

export const identityDemo: DemoStep = {
  name: 'identity',
  async seed(ctx, state, io) {
    for (const o of OFFICES) {
      const existing = await repo.findOfficeByCode(ctx.db, o.code);
      state.offices[o.code] = existing?.id ?? (await createOffice(ctx, o)).id;
    }
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const p of DEMO_PEOPLE) {
      const email = `${p.local}@${DEMO_DOMAIN}`;
      const existing = await repo.findUserByEmail(ctx.db, email);
      const user = existing ?? (await repo.insertUser(ctx.db, { email, name: p.name, role: p.role, locale: p.locale, status: 'active', passwordHash }));
      await repo.setUserOffices(ctx.db, user.id, (p.offices ?? []).map((c) => state.offices[c] ?? ''));
      state.users[p.local] = user.id;
    }
    io.out(`  ${OFFICES.length} offices, ${DEMO_PEOPLE.length} people (password "${DEMO_PASSWORD}")`);
  },
};
