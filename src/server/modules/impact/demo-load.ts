/** Writes the demo's synthetic reading series (see demo-series.ts) in insert-sized chunks. */
import type { Db } from '../../platform/db/types.js';
import { addDays, startOfLocalDay } from '../../../engines/mv/index.js';
import { insertReadings, type ReadingInsert } from './repository/readings.js';
import { buildingHourKwh, hashNormal, HOUR_MS, outdoorTempC, QUARTER_MS, quarryQuarter, type Climate, type Quarry } from './demo-series.js';

const CHUNK = 5_000;
const TZ = 'Europe/Madrid';

export interface Window {
  /** First instant (local midnight of the first day). */
  from: number;
  /** First instant after the data (local midnight of today). */
  to: number;
}

export function windowOf(firstDay: string, today: string): Window {
  return { from: startOfLocalDay(firstDay, TZ), to: startOfLocalDay(today, TZ) };
}

/** Streams rows from a generator into the database; returns how many were written. */
async function write(db: Db, rows: Iterable<ReadingInsert>): Promise<number> {
  let chunk: ReadingInsert[] = [];
  let total = 0;
  for (const r of rows) {
    chunk.push(r);
    if (chunk.length >= CHUNK) {
      total += await insertReadings(db, chunk);
      chunk = [];
    }
  }
  return total + (await insertReadings(db, chunk));
}

function* steps(w: Window, stepMs: number): Generator<number> {
  for (let t = w.from; t < w.to; t += stepMs) yield t;
}

export async function loadQuarry(db: Db, w: Window, q: Quarry, meters: { electricity: string; production: string }): Promise<number> {
  function* rows(): Generator<ReadingInsert> {
    for (const t of steps(w, QUARTER_MS)) {
      const v = quarryQuarter(t, q);
      yield { meterId: meters.electricity, start: new Date(t), end: null, value: v.kwh, source: 'demo' };
      yield { meterId: meters.production, start: new Date(t), end: null, value: v.tonnes, source: 'demo' };
    }
  }
  return write(db, rows());
}

export async function loadTemperature(db: Db, w: Window, climate: Climate, meterId: string): Promise<number> {
  function* rows(): Generator<ReadingInsert> {
    for (const t of steps(w, HOUR_MS)) yield { meterId, start: new Date(t), end: null, value: outdoorTempC(t, climate), source: 'demo' };
  }
  return write(db, rows());
}

/** A plant whose energy (hourly electricity or daily gas) follows its daily production. */
export interface Plant {
  seed: number;
  /** Tonnes on a working day. */
  tonnesPerDay: number;
  /** Energy per day without production, and per tonne. */
  baseDaily: number;
  perTonne: number;
  /** Energy meter reads hourly (spread over the 16 working hours) or daily. */
  energyInterval: 'hourly' | 'daily';
  savingsFrom: number;
  savings: number;
}

function plantDay(p: Plant, dayStart: number, dayIndex: number): { tonnes: number; energy: number } {
  const weekday = new Date(dayStart + 12 * HOUR_MS).getUTCDay();
  const tonnes = weekday === 0 || weekday === 6 ? 0 : Math.max(0, p.tonnesPerDay * (1 + 0.25 * hashNormal(p.seed, dayIndex)));
  const cut = dayStart >= p.savingsFrom ? 1 - p.savings : 1;
  return { tonnes: Math.round(tonnes * 100) / 100, energy: (p.baseDaily + p.perTonne * tonnes) * cut * (1 + 0.04 * hashNormal(p.seed + 1, dayIndex)) };
}

export async function loadPlant(db: Db, firstDay: string, days: number, p: Plant, meters: { energy: string; production: string }): Promise<number> {
  function* rows(): Generator<ReadingInsert> {
    for (let i = 0; i < days; i++) {
      const start = startOfLocalDay(addDays(firstDay, i), TZ);
      const d = plantDay(p, start, i);
      yield { meterId: meters.production, start: new Date(start), end: null, value: d.tonnes, source: 'demo' };
      if (p.energyInterval === 'daily') {
        yield { meterId: meters.energy, start: new Date(start), end: null, value: Math.round(d.energy * 10) / 10, source: 'demo' };
        continue;
      }
      const next = startOfLocalDay(addDays(firstDay, i + 1), TZ);
      const hours = Math.round((next - start) / HOUR_MS);
      for (let h = 0; h < hours; h++) {
        const share = d.tonnes > 0 && h >= 6 && h < 22 ? (p.perTonne * d.tonnes) / 16 : 0;
        const kwh = (p.baseDaily / hours + share) * (d.energy / (p.baseDaily + p.perTonne * d.tonnes));
        yield { meterId: meters.energy, start: new Date(start + h * HOUR_MS), end: null, value: Math.round(kwh * 1000) / 1000, source: 'demo' };
      }
    }
  }
  return write(db, rows());
}

export async function loadBuildingElectricity(db: Db, w: Window, climate: Climate, meterId: string, savingsFrom: number, savings: number): Promise<number> {
  function* rows(): Generator<ReadingInsert> {
    for (const t of steps(w, HOUR_MS)) {
      const value = buildingHourKwh(t, climate, { base: 32, heating: 0.6, cooling: 5.5, seed: 77, cut: t >= savingsFrom ? 1 - savings : 1 });
      yield { meterId, start: new Date(t), end: null, value, source: 'demo' };
    }
  }
  return write(db, rows());
}

/** Monthly gas bills from the 5th to the 5th: daily base plus heating below 15 degC (daily means). */
export async function loadGasBills(db: Db, firstMonth: string, months: number, climate: Climate, meterId: string, savingsFrom: number, savings: number, noise = 0.04): Promise<number> {
  const rows: ReadingInsert[] = [];
  let start = `${firstMonth.slice(0, 7)}-05`;
  for (let m = 0; m < months; m++) {
    const [y, mo] = start.split('-').map(Number) as [number, number];
    const end = new Date(Date.UTC(y, mo, 5)).toISOString().slice(0, 10);
    let usage = 0;
    for (let d = start; d < end; d = addDays(d, 1)) {
      const noon = startOfLocalDay(d, TZ) + 12 * HOUR_MS;
      const mean = Array.from({ length: 24 }, (_, h) => outdoorTempC(noon - 12 * HOUR_MS + h * HOUR_MS, climate)).reduce((s, v) => s + v, 0) / 24;
      usage += (180 + 42 * Math.max(15 - mean, 0)) * (noon >= savingsFrom ? 1 - savings : 1);
    }
    // Bills vary with occupancy and boiler behaviour beyond the weather (default 4 % noise).
    const noisy = usage * (1 + noise * hashNormal(91, m));
    rows.push({ meterId, start: new Date(startOfLocalDay(start, TZ)), end: new Date(startOfLocalDay(end, TZ)), value: Math.round(noisy), source: 'demo' });
    start = end;
  }
  return insertReadings(db, rows);
}
