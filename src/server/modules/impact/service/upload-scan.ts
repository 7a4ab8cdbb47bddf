/**
 * One pass over an uploaded file with its mapping: every row's problems, the readings already
 * stored, and (on commit) the insert of the new ones in chunks. Streams the file; keeps only the
 * starts seen per meter (to catch a timestamp repeated in the file) and one chunk of readings.
 */
import { localDate, startOfLocalDay } from '../../../../engines/mv/index.js';
import type { Ctx } from '../../../platform/context.js';
import type { Db } from '../../../platform/db/types.js';
import { INTERVAL_MINUTES, type ImportMapping, type ImportReport } from '../../../../shared/contracts/impact.js';
import type { UploadRow } from '../repository/ingestion.js';
import { insertReadings, storedValues } from '../repository/readings.js';
import { checkReading, toInsert, type IncomingReading, type MeterRef } from './reading-rules.js';
import { parseNumber, parseTimestamp, placeInZone, readRows, type Cell } from './upload-parse.js';

export interface ScanTarget {
  column: string;
  index: number;
  meter: MeterRef;
}

const MAX_PROBLEMS = 1_000;
const CHUNK = 2_000;

type Problem = ImportReport['problems'][number];
type Pending = { row: number; reading: IncomingReading };

class Tally {
  readonly problems: Problem[] = [];
  errors = 0;
  warnings = 0;
  rows = 0;
  readings = 0;
  newReadings = 0;
  duplicates = 0;
  conflicts = 0;
  stored = 0;

  constructor(private readonly t: Ctx['t']) {}

  add(row: number, column: string | null, code: string, severity: 'error' | 'warning', params: Record<string, unknown> = {}): void {
    if (severity === 'error') this.errors++;
    else this.warnings++;
    if (this.problems.length < MAX_PROBLEMS) this.problems.push({ row, column, code, severity, message: this.t(`impact:import.problems.${code}`, { ...params, column: column ?? '' }) });
  }
}

/** The start of the interval that ends at `end` (files that stamp intervals by their end). */
function startFromEnd(meter: MeterRef, end: number): number {
  if (meter.interval === 'daily') return startOfLocalDay(localDate(end - 1, meter.timeZone), meter.timeZone);
  return end - (INTERVAL_MINUTES[meter.interval] ?? 0) * 60_000;
}

function parseTime(cell: Cell, mapping: ImportMapping, zone: string, seen: Set<number>): number | 'unreadable' | 'nonexistent' {
  const parsed = parseTimestamp(cell, mapping.timestampFormat);
  if (!parsed) return 'unreadable';
  return placeInZone(parsed, zone, seen) ?? 'nonexistent';
}

/** The scan of one file: row by row, reading by reading, flushing each meter's chunk. */
class Scan {
  readonly tally: Tally;
  private readonly zone: string;
  private readonly tsIndex: number;
  private readonly endIndex: number;
  private readonly seenWall = new Set<number>();
  private readonly seenEndWall = new Set<number>();
  private readonly seen: Map<number, number>[];
  private readonly pending: Pending[][];
  private readonly now: number;

  constructor(
    private readonly ctx: Ctx,
    upload: UploadRow,
    private readonly mapping: ImportMapping,
    private readonly targets: readonly ScanTarget[],
    private readonly insertInto: Db | null,
  ) {
    this.tally = new Tally(ctx.t);
    this.zone = mapping.timeZone ?? targets[0]?.meter.timeZone ?? 'UTC';
    this.tsIndex = upload.columns.indexOf(mapping.timestampColumn);
    this.endIndex = mapping.endColumn ? upload.columns.indexOf(mapping.endColumn) : -1;
    this.seen = targets.map(() => new Map());
    this.pending = targets.map(() => []);
    this.now = ctx.clock.now().getTime();
  }

  /** The row's start (and end) instants, or null after recording why not. */
  private times(row: number, cells: Cell[]): { at: number; end: number | null } | null {
    const at = parseTime(cells[this.tsIndex] ?? null, this.mapping, this.zone, this.seenWall);
    if (typeof at === 'string') {
      this.tally.add(row, this.mapping.timestampColumn, at === 'unreadable' ? 'timestamp' : 'nonexistent_time', 'error', { value: String(cells[this.tsIndex] ?? '') });
      return null;
    }
    if (this.endIndex < 0) return { at, end: null };
    const end = parseTime(cells[this.endIndex] ?? null, this.mapping, this.zone, this.seenEndWall);
    if (typeof end === 'string') {
      this.tally.add(row, this.mapping.endColumn ?? null, 'timestamp', 'error', { value: String(cells[this.endIndex] ?? '') });
      return null;
    }
    return { at, end };
  }

  async row(row: number, cells: Cell[]): Promise<void> {
    this.tally.rows++;
    const times = this.times(row, cells);
    if (!times) return;
    for (let k = 0; k < this.targets.length; k++) {
      const cell = cells[(this.targets[k] as ScanTarget).index] ?? null;
      if (cell !== null && cell !== '') await this.reading(k, row, cell, times);
    }
  }

  private async reading(k: number, row: number, cell: Cell, times: { at: number; end: number | null }): Promise<void> {
    const target = this.targets[k] as ScanTarget;
    const value = parseNumber(cell, this.mapping.decimalSeparator);
    if (value === null) return this.tally.add(row, target.column, 'value', 'error', { value: String(cell) });
    const start = this.mapping.timestampMarks === 'end' && this.endIndex < 0 ? startFromEnd(target.meter, times.at) : times.at;
    const reading = { start: new Date(start), end: times.end === null ? null : new Date(times.end), value };
    const problem = checkReading(target.meter, reading, this.now);
    if (problem) return this.tally.add(row, target.column, `reading_${problem}`, 'error');
    const seen = this.seen[k] as Map<number, number>;
    const earlier = seen.get(start);
    if (earlier !== undefined) {
      const same = earlier === value;
      return this.tally.add(row, target.column, same ? 'duplicate_in_file' : 'conflict_in_file', same ? 'warning' : 'error', { value, earlier });
    }
    seen.set(start, value);
    this.tally.readings++;
    const pending = this.pending[k] as Pending[];
    pending.push({ row, reading });
    if (pending.length >= CHUNK) await this.flush(k);
  }

  /** Compares a meter's chunk with what is stored and, on commit, inserts the new readings. */
  async flush(k: number): Promise<void> {
    const target = this.targets[k] as ScanTarget;
    const items = this.pending[k] as Pending[];
    this.pending[k] = [];
    if (!items.length) return;
    const stored = await storedValues(this.ctx.db, target.meter.id, items.map((p) => p.reading.start));
    const fresh = items.filter((p) => {
      const before = stored.get(p.reading.start.getTime());
      if (before === undefined) return true;
      if (Number(before) === p.reading.value) this.tally.duplicates++;
      else {
        this.tally.conflicts++;
        this.tally.add(p.row, target.column, 'conflict_stored', 'warning', { stored: Number(before), value: p.reading.value });
      }
      return false;
    });
    this.tally.newReadings += fresh.length;
    if (this.insertInto) this.tally.stored += await insertReadings(this.insertInto, fresh.map((p) => toInsert(target.meter, p.reading, 'upload')));
  }

  async finish(): Promise<void> {
    for (let k = 0; k < this.targets.length; k++) await this.flush(k);
  }
}

export async function scanUpload(ctx: Ctx, upload: UploadRow, mapping: ImportMapping, targets: readonly ScanTarget[], insertInto: Db | null): Promise<ImportReport> {
  const scan = new Scan(ctx, upload, mapping, targets, insertInto);
  let rowNo = 0;
  for await (const cells of readRows(upload.format, () => ctx.files.open(upload.sha256))) {
    rowNo++;
    if (rowNo > 1) await scan.row(rowNo, cells); // row 1 is the header
  }
  await scan.finish();
  const t = scan.tally;
  return {
    uploadId: upload.id,
    committed: false,
    rows: t.rows,
    readings: t.readings,
    newReadings: t.newReadings,
    duplicates: t.duplicates,
    conflicts: t.conflicts,
    errors: t.errors,
    warnings: t.warnings,
    problems: [...t.problems].sort((a, b) => a.row - b.row || (a.column ?? '').localeCompare(b.column ?? '')),
    truncated: t.errors + t.warnings > t.problems.length,
    stored: t.stored,
  };
}
