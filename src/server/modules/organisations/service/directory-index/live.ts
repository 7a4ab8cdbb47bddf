/**
 * A process's directory index over one database: built lazily (in batches, in name order) on the
 * first search, then kept current by the changes this process makes (`onRegistryChange`) and by
 * those of every process sharing the database (LISTEN on `REGISTRY_CHANNEL`). Changed organisations
 * are read again by id and replace their slots; a change of many (`*`), a lost notification
 * connection or too many dead slots rebuild it. While it is building, or while notifications may
 * be missed, `current()` answers undefined and the caller searches with SQL.
 */
import type { Database } from '../../../../platform/db/client.js';
import { listen, type Listener } from '../../../../platform/db/notify.js';
import { idsInNameOrder, indexBatch, indexRows, sortsByCodePoint } from '../../repository/index-source.js';
import { onRegistryChange, parseChange, REGISTRY_CHANNEL, type RegistryChange } from '../../repository/version.js';
import { DirectoryStore, insertSorted } from './store.js';

const BATCH = 2000;
/** More changed organisations than this at once are cheaper to rebuild than to update. */
const INCREMENTAL_MAX = 500;
const RETRY_MS = 10_000;
/** Dead slots below this many never trigger a rebuild (their memory is negligible). */
const DEAD_MIN = 1000;

export interface IndexStats {
  organisations: number;
  buildMs: number;
  builds: number;
}

export class LiveDirectoryIndex {
  private store: DirectoryStore | undefined;
  private building: Promise<void> | undefined;
  private needsBuild = true;
  private failedAt = -Infinity;
  private dirty = new Set<string>();
  private updating: Promise<void> = Promise.resolve();
  private codePoints = true;
  private listener: Listener | undefined;
  private unsubscribe: (() => void) | undefined;
  readonly stats: IndexStats = { organisations: 0, buildMs: 0, builds: 0 };

  constructor(private readonly database: Database) {}

  async start(): Promise<void> {
    this.unsubscribe = onRegistryChange((change) => this.changed(change));
    this.listener = await listen(this.database, REGISTRY_CHANNEL, (payload) => this.changed(parseChange(payload)), () => this.changed('*'));
  }

  async stop(): Promise<void> {
    this.unsubscribe?.();
    await this.listener?.close();
    await this.building?.catch(() => undefined);
    this.store = undefined;
  }

  changed(change: RegistryChange): void {
    if (change === '*') this.needsBuild = true;
    else for (const id of change) this.dirty.add(id);
    if (this.dirty.size > INCREMENTAL_MAX) this.needsBuild = true;
  }

  /** The index, up to date with every change seen so far, or undefined while it cannot answer. */
  async current(): Promise<DirectoryStore | undefined> {
    if (!this.listener?.healthy) return undefined;
    if (this.needsBuild) this.startBuild();
    if (this.building || !this.store) return undefined;
    if (this.dirty.size > 0) await (this.updating = this.updating.then(() => this.applyChanges()));
    return this.needsBuild || this.building ? undefined : this.store;
  }

  /** Waits for the notification connection, then builds the index if needed (benchmarks, tests). */
  async ready(timeoutMs = 10_000): Promise<DirectoryStore | undefined> {
    const until = performance.now() + timeoutMs;
    while (!this.listener?.healthy && performance.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
    if (this.needsBuild) this.startBuild(true);
    await this.building;
    return this.current();
  }

  private startBuild(force = false): void {
    if (this.building || (!force && performance.now() - this.failedAt < RETRY_MS)) return;
    this.needsBuild = false;
    // Changes seen from now on are applied once the build is done (it may or may not include them).
    this.dirty.clear();
    const t0 = performance.now();
    this.building = this.build()
      .then((store) => {
        this.store = store;
        this.stats.organisations = store.slots;
        this.stats.buildMs = Math.round(performance.now() - t0);
        this.stats.builds++;
      })
      .catch(() => {
        this.needsBuild = true;
        this.failedAt = performance.now();
      })
      .finally(() => {
        this.building = undefined;
      });
  }

  private async build(): Promise<DirectoryStore> {
    const db = this.database.db;
    const store = new DirectoryStore();
    let after: { name: string; id: string } | null = null;
    for (;;) {
      const batch = await indexBatch(db, after, BATCH);
      for (const row of batch) store.byName.push(store.add(row));
      const last = batch[batch.length - 1];
      if (!last || batch.length < BATCH) break;
      after = { name: last.legalName, id: last.id };
    }
    // Binary insertion of later changes needs the database's order to be the code-point order.
    this.codePoints = (await sortsByCodePoint(db)) && store.byName.every((s, i) => i === 0 || store.nameOrder(store.byName[i - 1]!, s) < 0);
    store.byRecent = [...store.byName].sort(store.recentOrder);
    return store;
  }

  private async applyChanges(): Promise<void> {
    const store = this.store;
    if (!store || this.dirty.size === 0 || this.needsBuild) return;
    const ids = [...this.dirty];
    this.dirty.clear();
    const db = this.database.db;
    const rows = await indexRows(db, ids);
    for (const id of ids) store.remove(id);
    for (const row of rows) {
      const slot = store.add(row);
      insertSorted(store.byRecent, slot, store.recentOrder);
      if (this.codePoints) insertSorted(store.byName, slot, store.nameOrder);
    }
    if (!this.codePoints && rows.length > 0) store.byName = (await idsInNameOrder(db)).flatMap((id) => store.slotOf.get(id) ?? []);
    // A change is seen twice on PostgreSQL (here at once, then as this process's own notification),
    // so small registries would cross a quarter of dead slots quickly: rebuild only past both bounds.
    if (store.dead > DEAD_MIN && store.dead > store.slots / 4) this.needsBuild = true;
  }
}
