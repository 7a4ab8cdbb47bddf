/**
 * Single undertakings for de minimis (Regulation (EU) 2023/2831, Art. 2(2)): an organisation together
 * with its linked enterprises (majority of capital or voting rights, or control by other means),
 * taken transitively from the registry's holdings. Each group is named by its smallest organisation id.
 */
import type { Db } from '../../../platform/db/types.js';
import * as repo from '../repository.js';

function linked(r: { capitalPct: number | string; votingPct: number | string; control: boolean }): boolean {
  return r.control || Number(r.capitalPct) > 50 || Number(r.votingPct) > 50;
}

/** The single undertaking id of every organisation of the registry that has a linked enterprise. */
export async function singleUndertakings(db: Db): Promise<(organisationId: string) => string> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  for (const r of await repo.allRelations(db)) {
    if (!linked(r)) continue;
    const [a, b] = [find(r.holderId), find(r.heldId)];
    if (a < b) parent.set(b, a);
    else if (b < a) parent.set(a, b);
  }
  return (id) => find(id);
}
