import { describe, expect, it } from 'vitest';
import { suggestMapping, mapRow } from './mapping.js';
import { buildVocabulary, validateRow } from './validate.js';

const words = buildVocabulary([{ id: 'slate', nameEs: 'Pizarra', nameEn: 'Slate' }, { id: 'kaolin', nameEs: 'Caolín', nameEn: 'Kaolin' }], [{ id: 'o-leon', code: 'leon', name: 'Oficina de León', city: 'León' }]);

describe('column mapping', () => {
  it('recognises Spanish and English headings, accents and case aside', () => {
    expect(suggestMapping(['Razón social', 'CIF', 'C.P.', 'provincia', 'Materias primas', 'E-mail', 'Legal name', 'Otra'])).toEqual({
      legalName: 'Razón social', taxId: 'CIF', postcode: 'C.P.', province: 'provincia', materials: 'Materias primas', contactEmail: 'E-mail',
    });
    expect(mapRow({ A: ' x ', B: '' }, { legalName: 'A', taxId: 'B' })).toEqual({ legalName: 'x' });
  });
});

describe('validateRow', () => {
  it('reads labels, names and Spanish dates and amounts', () => {
    const { row, issues } = validateRow(
      { legalName: 'Caolines S.L.', taxId: 'b-12345674', stages: 'Extracción; processing', materials: 'caolin|Slate', membershipStatus: 'Socia activa', tier: 'socio de pleno derecho', annualFee: '1.200,50', memberSince: '1/3/2020', publicProfile: 'sí', postcode: '24001', office: 'León' },
      words,
      null,
    );
    expect(issues).toEqual([]);
    expect(row).toMatchObject({
      taxId: 'B12345674', stages: ['extraction', 'processing'], materialIds: ['kaolin', 'slate'], membershipStatus: 'active', tier: 'full',
      annualFeeCents: 120050, memberSince: '2020-03-01', publicProfile: true, officeId: 'o-leon', site: { provinceCode: '24', nutsCode: 'ES413' },
    });
  });
  it('reports every problem of a row', () => {
    const { issues } = validateRow({ taxId: 'B12345675', stages: 'minería lunar', materials: 'adamantium', memberSince: '31/02/2020', annualFee: 'mucho', publicProfile: 'quizá', province: 'Narnia', contactEmail: 'no-email' }, words, null);
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['legalName', 'validation:required'],
      ['taxId', 'id.bad_control'],
      ['annualFee', 'errors:orgs.bad_amount'],
      ['publicProfile', 'errors:orgs.bad_boolean'],
      ['stages', 'errors:orgs.unknown_stage'],
      ['materials', 'errors:orgs.unknown_material'],
      ['memberSince', 'errors:orgs.bad_date'],
      ['province', 'errors:orgs.unknown_province'],
      ['contactEmail', 'validation:invalid_format.email'],
      ['contactName', 'validation:required'],
    ]);
  });
});
