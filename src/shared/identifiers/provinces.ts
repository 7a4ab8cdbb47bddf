/**
 * Spain's 17 autonomous communities + 2 autonomous cities and its 52 provinces (50 provinces plus
 * Ceuta and Melilla), with INE codes and NUTS codes. NUTS2 is the community; NUTS3 is the province
 * except in the Balearic and Canary Islands, where NUTS3 regions are islands (so those three
 * provinces list several NUTS3 codes). Codes as in Eurostat's NUTS classification (cross-checked
 * with the GISCO-based dictionary of the rOpenSpain/mapSpain project); Spain's codes are the same in
 * NUTS 2016, 2021 and 2024.
 */

/** An autonomous community or city. */
export interface Community {
  /** INE code of the community, '01'..'19'. */
  ine: string;
  /** NUTS 2 code, e.g. 'ES41'. */
  nuts2: string;
  name: { es: string; en: string };
  /** Other names it is written with (co-official languages, long forms). */
  aliases: readonly string[];
}

/** A province (or autonomous city). */
export interface Province {
  /** INE code, '01'..'52'; also the first two digits of its postcodes. */
  ine: string;
  /** Official name as INE writes it (bilingual names with a slash). */
  name: { es: string; en: string };
  /** INE code of its community. */
  community: string;
  /** NUTS 2 code (that of its community). */
  nuts2: string;
  /** NUTS 3 codes: one for a province; the islands for Illes Balears, Las Palmas, S.C. de Tenerife. */
  nuts3: readonly string[];
  /** Other names it is written with (Spanish or co-official forms, older spellings, English). */
  aliases: readonly string[];
}

const C = (ine: string, nuts2: string, es: string, en: string, aliases: string[] = []): Community => ({
  ine,
  nuts2,
  name: { es, en },
  aliases,
});

/** The 19 communities and cities by INE code. */
export const COMMUNITIES: readonly Community[] = [
  C('01', 'ES61', 'Andalucía', 'Andalusia'),
  C('02', 'ES24', 'Aragón', 'Aragon'),
  C('03', 'ES12', 'Principado de Asturias', 'Asturias', ['Asturias']),
  C('04', 'ES53', 'Illes Balears', 'Balearic Islands', ['Islas Baleares', 'Baleares']),
  C('05', 'ES70', 'Canarias', 'Canary Islands', ['Islas Canarias']),
  C('06', 'ES13', 'Cantabria', 'Cantabria'),
  C('07', 'ES41', 'Castilla y León', 'Castile and León'),
  C('08', 'ES42', 'Castilla-La Mancha', 'Castile-La Mancha'),
  C('09', 'ES51', 'Cataluña', 'Catalonia', ['Catalunya']),
  C('10', 'ES52', 'Comunitat Valenciana', 'Valencian Community', ['Comunidad Valenciana']),
  C('11', 'ES43', 'Extremadura', 'Extremadura'),
  C('12', 'ES11', 'Galicia', 'Galicia'),
  C('13', 'ES30', 'Comunidad de Madrid', 'Community of Madrid'),
  C('14', 'ES62', 'Región de Murcia', 'Region of Murcia'),
  C('15', 'ES22', 'Comunidad Foral de Navarra', 'Navarre', ['Nafarroako Foru Komunitatea']),
  C('16', 'ES21', 'País Vasco', 'Basque Country', ['Euskadi', 'Euskal Herria']),
  C('17', 'ES23', 'La Rioja', 'La Rioja'),
  C('18', 'ES63', 'Ceuta', 'Ceuta', ['Ciudad Autónoma de Ceuta']),
  C('19', 'ES64', 'Melilla', 'Melilla', ['Ciudad Autónoma de Melilla']),
];

type Row = [ine: string, es: string, en: string, community: string, nuts3: string[], aliases?: string[]];

const ROWS: readonly Row[] = [
  ['01', 'Araba/Álava', 'Álava', '16', ['ES211']],
  ['02', 'Albacete', 'Albacete', '08', ['ES421']],
  ['03', 'Alicante/Alacant', 'Alicante', '10', ['ES521']],
  ['04', 'Almería', 'Almería', '01', ['ES611']],
  ['05', 'Ávila', 'Ávila', '07', ['ES411']],
  ['06', 'Badajoz', 'Badajoz', '11', ['ES431']],
  ['07', 'Illes Balears', 'Balearic Islands', '04', ['ES531', 'ES532', 'ES533'], ['Islas Baleares', 'Baleares', 'Balears']],
  ['08', 'Barcelona', 'Barcelona', '09', ['ES511']],
  ['09', 'Burgos', 'Burgos', '07', ['ES412']],
  ['10', 'Cáceres', 'Cáceres', '11', ['ES432']],
  ['11', 'Cádiz', 'Cádiz', '01', ['ES612']],
  ['12', 'Castellón/Castelló', 'Castellón', '10', ['ES522'], ['Castellón de la Plana', 'Castelló de la Plana']],
  ['13', 'Ciudad Real', 'Ciudad Real', '08', ['ES422']],
  ['14', 'Córdoba', 'Córdoba', '01', ['ES613']],
  ['15', 'A Coruña', 'A Coruña', '12', ['ES111'], ['La Coruña', 'Corunna']],
  ['16', 'Cuenca', 'Cuenca', '08', ['ES423']],
  ['17', 'Girona', 'Girona', '09', ['ES512'], ['Gerona']],
  ['18', 'Granada', 'Granada', '01', ['ES614']],
  ['19', 'Guadalajara', 'Guadalajara', '08', ['ES424']],
  ['20', 'Gipuzkoa', 'Gipuzkoa', '16', ['ES212'], ['Guipúzcoa']],
  ['21', 'Huelva', 'Huelva', '01', ['ES615']],
  ['22', 'Huesca', 'Huesca', '02', ['ES241'], ['Osca', 'Uesca']],
  ['23', 'Jaén', 'Jaén', '01', ['ES616']],
  ['24', 'León', 'León', '07', ['ES413']],
  ['25', 'Lleida', 'Lleida', '09', ['ES513'], ['Lérida']],
  ['26', 'La Rioja', 'La Rioja', '17', ['ES230']],
  ['27', 'Lugo', 'Lugo', '12', ['ES112']],
  ['28', 'Madrid', 'Madrid', '13', ['ES300'], ['Comunidad de Madrid']],
  ['29', 'Málaga', 'Málaga', '01', ['ES617']],
  ['30', 'Murcia', 'Murcia', '14', ['ES620'], ['Región de Murcia']],
  ['31', 'Navarra', 'Navarre', '15', ['ES220'], ['Nafarroa', 'Comunidad Foral de Navarra']],
  ['32', 'Ourense', 'Ourense', '12', ['ES113'], ['Orense']],
  ['33', 'Asturias', 'Asturias', '03', ['ES120'], ['Principado de Asturias']],
  ['34', 'Palencia', 'Palencia', '07', ['ES414']],
  ['35', 'Las Palmas', 'Las Palmas', '05', ['ES704', 'ES705', 'ES708']],
  ['36', 'Pontevedra', 'Pontevedra', '12', ['ES114']],
  ['37', 'Salamanca', 'Salamanca', '07', ['ES415']],
  ['38', 'Santa Cruz de Tenerife', 'Santa Cruz de Tenerife', '05', ['ES703', 'ES706', 'ES707', 'ES709'], ['Tenerife']],
  ['39', 'Cantabria', 'Cantabria', '06', ['ES130']],
  ['40', 'Segovia', 'Segovia', '07', ['ES416']],
  ['41', 'Sevilla', 'Seville', '01', ['ES618']],
  ['42', 'Soria', 'Soria', '07', ['ES417']],
  ['43', 'Tarragona', 'Tarragona', '09', ['ES514']],
  ['44', 'Teruel', 'Teruel', '02', ['ES242']],
  ['45', 'Toledo', 'Toledo', '08', ['ES425']],
  ['46', 'Valencia/València', 'Valencia', '10', ['ES523']],
  ['47', 'Valladolid', 'Valladolid', '07', ['ES418']],
  ['48', 'Bizkaia', 'Biscay', '16', ['ES213'], ['Vizcaya']],
  ['49', 'Zamora', 'Zamora', '07', ['ES419']],
  ['50', 'Zaragoza', 'Zaragoza', '02', ['ES243'], ['Saragossa']],
  ['51', 'Ceuta', 'Ceuta', '18', ['ES630']],
  ['52', 'Melilla', 'Melilla', '19', ['ES640']],
];

const NUTS2_BY_COMMUNITY = new Map(COMMUNITIES.map((c) => [c.ine, c.nuts2]));

/** The 52 provinces, ordered by INE code. */
export const PROVINCES: readonly Province[] = ROWS.map(([ine, es, en, community, nuts3, aliases = []]) => ({
  ine,
  name: { es, en },
  community,
  nuts2: NUTS2_BY_COMMUNITY.get(community) ?? '',
  nuts3,
  aliases,
}));
