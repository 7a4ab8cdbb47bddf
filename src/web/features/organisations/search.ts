/** The directory's filters live in the URL, so that a matrix cell or a map province can link to them. */
import { z } from 'zod';
import { FACETS, type Facet } from '../../../shared/contracts/organisations';

const list = z.array(z.string()).optional().catch(undefined);

export const directorySearchSchema = z.object({
  q: z.string().optional().catch(undefined),
  kind: list,
  stage: list,
  material: list,
  province: list,
  region: list,
  size: list,
  status: list,
  office: list,
  sort: z.enum(['relevance', 'name', 'recent']).optional().catch(undefined),
  page: z.number().int().min(1).optional().catch(undefined),
});
export type DirectorySearch = z.infer<typeof directorySearchSchema>;

/** The filter part of the search, as API query parameters (empty values left out). */
export function filterParams(s: DirectorySearch, facets: readonly Facet[] = FACETS) {
  const out: Record<string, unknown> = {};
  if (s.q) out.q = s.q;
  for (const f of facets) if (s[f]?.length) out[f] = s[f];
  return out;
}

/** The same filter as a query string (exports are plain links). */
export function filterQueryString(s: DirectorySearch): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filterParams(s))) {
    if (Array.isArray(v)) v.forEach((x) => params.append(k, String(x)));
    else params.set(k, String(v));
  }
  return params.toString();
}
