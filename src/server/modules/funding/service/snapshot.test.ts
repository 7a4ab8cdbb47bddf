import { describe, expect, it } from 'vitest';
import { snapshotSchema } from '../../../../shared/contracts/funding.js';
import { engineMembership } from './eligibility.js';
import { buildSnapshot, snapshotHash } from './snapshot.js';

const at = new Date('2022-03-14T15:59:59Z');
const partner = (id: string, organisationId: string, extra = {}) => ({
  id, applicationId: 'app', organisationId, roles: ['provider'], status: 'confirmed' as const, requestedCents: 2_500_000, invitedEmail: null, confirmedBy: null, confirmedAt: at,
  invitedName: null, invitedLocale: null, invitedBy: null, inviteTokenHash: null, inviteExpiresAt: null, declinedAt: null, deMinimis: null, createdAt: at, ...extra,
});
const org = (id: string, country: string) => ({ organisation: { id, legalName: `Org ${id}`, taxId: null, country, membershipStatus: 'active', naceCodes: ['08.11'], stages: ['extraction'] }, site: { nutsCode: `${country}11` }, declaration: undefined, smeClass: 'small', smeSource: 'declaration' });

function snapshot() {
  return buildSnapshot({
    version: 2,
    submittedAt: at,
    submittedBy: { id: 'u1', name: 'Ana', email: 'ana@example.org' },
    call: { id: 'c1', code: 'MTG-OC2', deadlineAt: new Date('2022-03-14T16:00:00Z'), deadlineLocal: '2022-03-14T17:00', deadlineZone: 'Europe/Brussels' } as never,
    app: { id: 'app', reference: 'MTG-OC2-0001', acronym: 'TWIN', title: 'Twin', instrumentId: 'MINE-PoC', trl: 6, topics: ['digital'], activities: ['poc'], leadOrganisationId: 'o-es', answers: { costs: { partners: { p2: { staff: 100 }, p1: { staff: 50, other: 25 } } }, files: ['a1'] } } as never,
    partners: [partner('p2', 'o-pt'), partner('p1', 'o-es', { roles: ['adopter'] }), partner('p3', 'o-x', { status: 'invited' })] as never,
    facts: new Map([['o-es', org('o-es', 'ES')], ['o-pt', org('o-pt', 'PT')]]) as never,
    attachments: [{ id: 'a1', questionId: 'files', name: 'a.pdf', sha256: 'ab'.repeat(32), size: 10, mediaType: 'application/pdf' }, { id: 'a0', questionId: 'files', name: 'old.pdf', sha256: 'cd'.repeat(32), size: 5, mediaType: 'application/pdf' }] as never,
    form: { sections: [{ id: 's', titleEs: 'S', titleEn: 'S', questions: [{ id: 'costs', type: 'budget', labelEs: 'C', labelEn: 'C', required: true, categories: [{ id: 'staff', labelEs: 'P', labelEn: 'P' }, { id: 'other', labelEs: 'O', labelEn: 'O' }] }] }] },
    eligibility: { eligible: true, results: [], failures: [] },
  });
}

describe('snapshot', () => {
  it('follows the contract: confirmed partners only, the lead first; files the answers name; budget totals', () => {
    const s = snapshot();
    expect(snapshotSchema.parse(s)).toEqual(s);
    expect(s.consortium.map((p) => [p.partnerId, p.lead, p.nuts])).toEqual([['p1', true, 'ES11'], ['p2', false, 'PT11']]);
    expect(s.attachments.map((a) => a.id)).toEqual(['a1']);
    expect(s.budget).toEqual({ requestedTotalCents: 5_000_000, requested: { p1: 2_500_000, p2: 2_500_000 }, costTotals: { p1: 75, p2: 100 } });
  });

  it('hashes the canonical JSON: the same after a jsonb round trip with keys reordered', () => {
    const s = snapshot();
    const reverse = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(reverse) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reverse(x)])) : v;
    expect(JSON.stringify(reverse(s))).not.toBe(JSON.stringify(s));
    expect(snapshotHash(reverse(JSON.parse(JSON.stringify(s))))).toBe(snapshotHash(s));
    expect(snapshotHash({ ...s, version: 3 })).not.toBe(snapshotHash(s));
  });

  it("maps the registry's membership onto the engine's", () => {
    expect(['active', 'applicant', 'suspended', 'left', 'none'].map((s) => engineMembership(s as never))).toEqual(['active', 'pending', 'lapsed', 'lapsed', 'none']);
  });
});
