/** Suggests which column holds which field, from headers in Spanish or English (accents and case ignored). */
import { IMPORT_FIELDS, type ImportField } from '../../../../../shared/contracts/organisation-records.js';
import { translatorFor } from '../../../../../shared/i18n/i18n.js';
import { searchKey } from '../../derive.js';

/** Usual spreadsheet headings for each field, besides its labels in both languages. */
const SYNONYMS: Record<ImportField, string[]> = {
  legalName: ['razon social', 'denominacion social', 'nombre', 'name', 'company', 'empresa', 'entidad'],
  tradeName: ['nombre comercial', 'marca', 'trade name', 'brand'],
  taxId: ['nif', 'cif', 'nif cif', 'vat', 'vat number', 'tax id', 'identificador fiscal'],
  kind: ['tipo', 'tipo de entidad', 'type', 'kind'],
  country: ['pais', 'country'],
  website: ['web', 'sitio web', 'pagina web', 'url', 'website'],
  descriptionEs: ['descripcion', 'actividad', 'descripcion es'],
  descriptionEn: ['description', 'descripcion en', 'description en'],
  siteName: ['sede', 'centro', 'site'],
  address: ['direccion', 'domicilio', 'address'],
  postcode: ['cp', 'c p', 'codigo postal', 'postcode', 'postal code', 'zip'],
  city: ['municipio', 'localidad', 'poblacion', 'ciudad', 'city', 'town'],
  province: ['provincia', 'province'],
  nutsCode: ['nuts', 'codigo nuts', 'nuts code'],
  office: ['oficina', 'office', 'oficina responsable'],
  naceCodes: ['cnae', 'nace', 'codigos cnae', 'nace codes'],
  stages: ['etapas', 'cadena de valor', 'eslabones', 'stages', 'value chain'],
  materials: ['materiales', 'materias primas', 'materials', 'raw materials'],
  membershipStatus: ['estado', 'estado socio', 'status', 'membership', 'socio'],
  tier: ['tipo de socio', 'categoria', 'tier'],
  annualFee: ['cuota', 'cuota anual', 'annual fee', 'fee'],
  memberSince: ['socio desde', 'fecha de alta', 'alta', 'member since', 'joined'],
  publicProfile: ['publico', 'directorio publico', 'perfil publico', 'public', 'public profile'],
  contactName: ['contacto', 'persona de contacto', 'contact', 'contact name'],
  contactEmail: ['email', 'e mail', 'correo', 'correo electronico', 'contact email'],
  contactPhone: ['telefono', 'tel', 'phone', 'contact phone'],
  contactPosition: ['cargo', 'puesto', 'position', 'job title'],
};

let index: Map<string, ImportField> | undefined;

function headerIndex(): Map<string, ImportField> {
  if (index) return index;
  const built = new Map<string, ImportField>();
  for (const field of IMPORT_FIELDS) {
    const names = [field, translatorFor('es')(`orgs:import.fields.${field}`), translatorFor('en')(`orgs:import.fields.${field}`), ...SYNONYMS[field]];
    for (const name of names) {
      const key = searchKey(name.replace(/([a-z])([A-Z])/g, '$1 $2'));
      if (!built.has(key)) built.set(key, field);
    }
  }
  index = built;
  return built;
}

/** Field -> header for every header that names a field; each field and header used once. */
export function suggestMapping(headers: readonly string[]): Partial<Record<ImportField, string>> {
  const found = headerIndex();
  const mapping: Partial<Record<ImportField, string>> = {};
  for (const header of headers) {
    const field = found.get(searchKey(header.replace(/([a-z])([A-Z])/g, '$1 $2')));
    if (field && mapping[field] === undefined) mapping[field] = header;
  }
  return mapping;
}

/** The row's values by field, through the mapping. */
export function mapRow(values: Record<string, string>, mapping: Partial<Record<ImportField, string>>): Partial<Record<ImportField, string>> {
  const out: Partial<Record<ImportField, string>> = {};
  for (const [field, header] of Object.entries(mapping) as [ImportField, string][]) {
    const v = values[header]?.trim();
    if (v) out[field] = v;
  }
  return out;
}
