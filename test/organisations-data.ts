/**
 * Generated organisation tables for import tests and benchmarks: fictional names, valid CIFs,
 * Spanish provinces and postcodes, stages and materials, written as CSV or XLSX (streamed).
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import ExcelJS from 'exceljs';
import { PROVINCES } from '../src/shared/identifiers/index.js';
import { makeCif } from './factories.js';

const STEMS = ['Pizarras', 'Áridos', 'Minerales', 'Canteras', 'Metales', 'Reciclados', 'Ingeniería', 'Geología', 'Cerámicas', 'Yesos', 'Feldespatos', 'Caolines', 'Litio', 'Wolframio', 'Cobre'];
const PLACES = ['del Bierzo', 'de Valdeorras', 'Andaluces', 'del Sur', 'Leoneses', 'de Castilla', 'del Norte', 'Ibéricos', 'de Sierra Morena', 'del Guadalquivir', 'Extremeños', 'de Levante'];
const FORMS = ['S.L.', 'S.A.', 'S.L.U.', 'S.Coop.'];
const STAGES = ['exploration', 'extraction', 'processing', 'manufacturing', 'use', 'recycling', 'engineering', 'equipment', 'environment', 'research', 'finance'];
const MATERIALS = ['slate', 'aggregates', 'gypsum', 'feldspar', 'kaolin', 'limestone', 'lithium', 'tungsten', 'copper', 'cobalt', 'fluorspar', 'marble', 'granite', 'zinc'];
export const IMPORT_HEADERS = ['Razón social', 'NIF', 'Tipo', 'Web', 'Descripción', 'Dirección', 'CP', 'Municipio', 'Provincia', 'Etapas', 'Materiales', 'Estado', 'Cuota anual', 'Socio desde', 'Contacto', 'Email'];

/** A small deterministic pseudo-random sequence. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;

/** Row `i` of a generated table (valid unless the caller spoils it). */
export function generatedRow(i: number, seed = 1): string[] {
  const r = rng(seed * 1_000_003 + i);
  const province = pick(r, PROVINCES.filter((p) => p.ine !== '51' && p.ine !== '52'));
  const stem = pick(r, STEMS);
  const name = `${stem} ${pick(r, PLACES)} ${i} ${pick(r, FORMS)}`;
  const stages = [pick(r, STAGES), pick(r, STAGES)].filter((v, k, a) => a.indexOf(v) === k);
  const materials = [pick(r, MATERIALS), pick(r, MATERIALS)].filter((v, k, a) => a.indexOf(v) === k);
  const postcode = `${province.ine}${String(1 + Math.floor(r() * 900)).padStart(3, '0')}`;
  const active = r() < 0.3;
  return [
    name,
    makeCif(1_000_000 + i),
    'empresa',
    `www.empresa${i}.es`,
    `${stem} en ${province.name.es}: extracción y transformación de ${materials.join(' y ')}`,
    `Calle Mayor ${1 + (i % 200)}`,
    postcode,
    province.name.es.split('/')[0] ?? '',
    province.name.es,
    stages.join('; '),
    materials.join('; '),
    active ? 'activa' : 'no socia',
    active ? '1.200,00' : '',
    active ? `0${1 + (i % 9)}/0${1 + (i % 9)}/20${10 + (i % 15)}` : '',
    `Persona ${i}`,
    `contacto${i}@empresa${i}.es`,
  ];
}

export async function writeCsv(file: string, rows: Iterable<string[]>): Promise<void> {
  const out = createWriteStream(file);
  const esc = (v: string) => (/[",\n;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  for (const row of rows) if (!out.write(`${row.map(esc).join(',')}\n`)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

export async function writeXlsx(file: string, rows: Iterable<string[]>): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: false });
  const sheet = book.addWorksheet('Socios');
  for (const row of rows) sheet.addRow(row).commit();
  sheet.commit();
  await book.commit();
}

/** Header plus `n` generated rows. */
export function* generatedTable(n: number, seed = 1): Generator<string[]> {
  yield IMPORT_HEADERS;
  for (let i = 1; i <= n; i++) yield generatedRow(i, seed);
}

/** Words people type: names, places, materials in Spanish and English, provinces, often without accents. */
const SEARCH_WORDS = [...STEMS, ...PLACES.map((p) => p.split(' ').pop() ?? p), ...MATERIALS, ...PROVINCES.map((p) => p.name.es.split('/')[0] ?? '')].map((w) => w.toLowerCase());

const plain = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '');
const typo = (r: () => number, w: string) => {
  const i = 1 + Math.floor(r() * (w.length - 2));
  return r() < 0.5 ? w.slice(0, i) + w.slice(i + 1) : w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
};

/**
 * `n` directory searches as a mix of people would make them over a generated registry: one or two
 * words (accents left out half the time, a typo now and then), a NIF prefix, facets alone, or words
 * with a facet.
 */
export function searchMix(n: number, seed = 1): { q?: string; stage?: string[]; material?: string[]; province?: string[]; status?: string[] }[] {
  const r = rng(seed);
  const word = () => {
    const w = pick(r, SEARCH_WORDS);
    const v = r() < 0.5 ? plain(w) : w;
    return v.length >= 6 && r() < 0.15 ? typo(r, v) : v;
  };
  const facet = () => {
    const k = r();
    if (k < 0.3) return { stage: [pick(r, STAGES)] };
    if (k < 0.6) return { material: [pick(r, MATERIALS)] };
    if (k < 0.85) return { province: [pick(r, PROVINCES).ine] };
    return { status: ['active'] };
  };
  return Array.from({ length: n }, () => {
    const k = r();
    if (k < 0.35) return { q: word() };
    if (k < 0.55) return { q: `${word()} ${word()}` };
    if (k < 0.65) return { q: `B1${String(Math.floor(r() * 1000)).padStart(3, '0')}` };
    if (k < 0.8) return { ...facet(), ...facet() };
    return { q: word(), ...facet() };
  });
}
