/** Shapes used by every module: problems, pages, simple acknowledgements. */
import { z } from 'zod';

export const fieldIssueSchema = z.object({
  path: z.string(),
  code: z.string(),
  message: z.string().optional(),
  params: z.record(z.string(), z.unknown()).optional(),
}).meta({ id: 'FieldIssue' });

/** RFC 9457 problem details, as every error is rendered. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  detail: z.string().optional(),
  errors: z.array(fieldIssueSchema).optional(),
  params: z.record(z.string(), z.unknown()).optional(),
  requestId: z.string().optional(),
}).meta({ id: 'Problem' });
export type ProblemDto = z.infer<typeof problemSchema>;

export const okSchema = z.object({ ok: z.literal(true) }).meta({ id: 'Ok' });

export const idParamsSchema = z.object({ id: z.uuid() });

export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int() });
}

/** Response map for a route: the success shape plus problem JSON for errors (documented in OpenAPI). */
export function responses<T extends z.ZodType>(ok: T) {
  return { 200: ok, '4xx': problemSchema, '5xx': problemSchema };
}
