/**
 * A counter of this process's writes to the organisation table. Caches of derived answers (facet
 * counts) key on it, so that a change made here is seen at once; changes made by another process
 * sharing the database are seen when the cache entry expires.
 */
let version = 0;

export function registryVersion(): number {
  return version;
}

export function bumpRegistryVersion(): void {
  version++;
}
