/**
 * Explicit mapping from every country spelling found in the EU 2023 share tables to ISO 3166-1
 * alpha-2 codes. Spellings that are not the table's usual one (typos, other languages, word order)
 * are listed separately so the importer can report each use as a warning; a spelling that is in
 * neither table is an error, never guessed. Kosovo uses the user-assigned code `XK` (as the EU and
 * CLDR do). Display names come from `Intl.DisplayNames` in the UI, in either language.
 */

/** Usual spellings in the tables, by ISO 3166-1 alpha-2 code's country. */
const CANONICAL: Readonly<Record<string, string>> = {
  Afghanistan: 'AF', Albania: 'AL', Algeria: 'DZ', Angola: 'AO', Argentina: 'AR', Armenia: 'AM',
  Australia: 'AU', Austria: 'AT', Azerbaijan: 'AZ', Bahrain: 'BH', Bangladesh: 'BD', Barbados: 'BB',
  Belarus: 'BY', Belgium: 'BE', Bhutan: 'BT', Bolivia: 'BO', 'Bosnia and Herzegovina': 'BA',
  Botswana: 'BW', Brazil: 'BR', 'Brunei Darussalam': 'BN', Bulgaria: 'BG', 'Burkina Faso': 'BF',
  Burundi: 'BI', Cambodia: 'KH', Cameroon: 'CM', Canada: 'CA', 'Cape Verde': 'CV',
  'Central African Republic': 'CF', Chile: 'CL', China: 'CN', Colombia: 'CO', Congo: 'CG',
  'Congo, D.R.': 'CD', 'Costa Rica': 'CR', "Cote d'Ivoire": 'CI', Croatia: 'HR', Cuba: 'CU',
  Cyprus: 'CY', Czechia: 'CZ', Denmark: 'DK', 'Dominican Republic': 'DO', Ecuador: 'EC', Egypt: 'EG',
  'El Salvador': 'SV', 'Equatorial Guinea': 'GQ', Eritrea: 'ER', Estonia: 'EE', Ethiopia: 'ET',
  Fiji: 'FJ', Finland: 'FI', France: 'FR', 'French Guiana': 'GF', Gabon: 'GA', Georgia: 'GE',
  Germany: 'DE', Ghana: 'GH', Greece: 'GR', Grenada: 'GD', Guatemala: 'GT', Guinea: 'GN', Guyana: 'GY',
  Honduras: 'HN', 'Hong Kong': 'HK', Hungary: 'HU', Iceland: 'IS', India: 'IN', Indonesia: 'ID',
  Iran: 'IR', Iraq: 'IQ', Ireland: 'IE', Israel: 'IL', Italy: 'IT', Jamaica: 'JM', Japan: 'JP',
  Jordan: 'JO', Kazakhstan: 'KZ', Kenya: 'KE', 'Korea, North': 'KP', 'Korea, South': 'KR', Kosovo: 'XK',
  Kuwait: 'KW', Kyrgyzstan: 'KG', Laos: 'LA', Latvia: 'LV', Lebanon: 'LB', Liberia: 'LR', Libya: 'LY',
  Lithuania: 'LT', Luxembourg: 'LU', Madagascar: 'MG', Malawi: 'MW', Malaysia: 'MY', Mali: 'ML',
  Malta: 'MT', Mauritania: 'MR', Mauritius: 'MU', Mexico: 'MX', Moldova: 'MD', Mongolia: 'MN',
  Montenegro: 'ME', Morocco: 'MA', Mozambique: 'MZ', Myanmar: 'MM', Namibia: 'NA', Nauru: 'NR',
  Nepal: 'NP', Netherlands: 'NL', 'New Zealand': 'NZ', Nicaragua: 'NI', Niger: 'NE', Nigeria: 'NG',
  'North Macedonia': 'MK', Norway: 'NO', Oman: 'OM', Pakistan: 'PK', Panama: 'PA',
  'Papua New Guinea': 'PG', Paraguay: 'PY', Peru: 'PE', Philippines: 'PH', Poland: 'PL', Portugal: 'PT',
  Qatar: 'QA', Romania: 'RO', Russia: 'RU', Rwanda: 'RW', 'San Marino': 'SM', 'Saudi Arabia': 'SA',
  Senegal: 'SN', Serbia: 'RS', 'Sierra Leone': 'SL', Singapore: 'SG', Slovakia: 'SK', Slovenia: 'SI',
  'Solomon Islands': 'SB', 'South Africa': 'ZA', Spain: 'ES', 'Sri Lanka': 'LK', Sudan: 'SD',
  Suriname: 'SR', Sweden: 'SE', Switzerland: 'CH', Syria: 'SY', Taiwan: 'TW', Tajikistan: 'TJ',
  Tanzania: 'TZ', Thailand: 'TH', Togo: 'TG', 'Trinidad and Tobago': 'TT', Tunisia: 'TN',
  Turkmenistan: 'TM', Türkiye: 'TR', Uganda: 'UG', Ukraine: 'UA', 'United Arab Emirates': 'AE',
  'United Kingdom': 'GB', 'United States': 'US', Uruguay: 'UY', Uzbekistan: 'UZ', Venezuela: 'VE',
  Vietnam: 'VN', Yemen: 'YE', Zambia: 'ZM', Zimbabwe: 'ZW',
};

/** Other spellings found in the tables, each with the usual spelling it stands for. */
const VARIANTS: Readonly<Record<string, string>> = {
  Brasil: 'Brazil',
  Brasilia: 'Brazil',
  Libanon: 'Lebanon',
  'South Korea': 'Korea, South',
  Surinam: 'Suriname',
  Turkyie: 'Türkiye',
};

/** The 27 EU member states (ISO alpha-2); the 2023 tables give them the trade factor t = 0.8. */
export const EU_MEMBER_STATES: ReadonlySet<string> = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT',
  'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
]);

/** Result of looking up a spelling: its code, and the usual spelling when this one is a variant. */
export interface CountryLookup {
  readonly code: string;
  readonly usualSpelling: string | null;
}

/** Looks a spelling up exactly as written; undefined when it is in neither table. */
export function lookupCountry(spelling: string): CountryLookup | undefined {
  const code = CANONICAL[spelling];
  if (code !== undefined) return { code, usualSpelling: null };
  const usual = VARIANTS[spelling];
  const usualCode = usual === undefined ? undefined : CANONICAL[usual];
  return usual === undefined || usualCode === undefined ? undefined : { code: usualCode, usualSpelling: usual };
}

/** Whether the code is an EU member state. */
export function isEuMember(code: string): boolean {
  return EU_MEMBER_STATES.has(code);
}

const labelByCode = new Map(Object.entries(CANONICAL).map(([name, code]) => [code, name] as const));

/** The usual table spelling of a code (for formulas and messages); the code itself when unknown. */
export function countryLabel(code: string): string {
  return labelByCode.get(code) ?? code;
}

