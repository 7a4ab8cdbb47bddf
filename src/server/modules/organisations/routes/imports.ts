/** Import: upload a CSV or XLSX file, map its columns, dry-run, commit (all rows or none). */
import { z } from 'zod';
import { responses } from '../../../../shared/contracts/common.js';
import { importReportSchema, importRunSchema, importUploadSchema } from '../../../../shared/contracts/organisation-records.js';
import { AppError } from '../../../platform/http/errors.js';
import type { App } from '../../../platform/http/types.js';
import { detectFormat, previewTable } from '../service/import/read.js';
import { suggestMapping } from '../service/import/mapping.js';
import { runImport } from '../service/import/run.js';

const tags = ['import'];
const staff = ['admin', 'staff'] as const;
const fileParams = z.object({ fileId: z.string().regex(/^[0-9a-f]{64}$/) });

export function importRoutes(app: App): void {
  app.post('/api/organisations/imports', {
    config: { access: staff },
    schema: {
      tags,
      summary: 'Upload a CSV or XLSX file (multipart field `file`): its headers, a suggested column mapping and the first rows',
      consumes: ['multipart/form-data'],
      response: responses(importUploadSchema),
    },
    handler: async (req) => {
      if (!req.isMultipart()) throw new AppError('payload.unsupported_type', {});
      const part = await req.file();
      if (!part) throw new AppError('validation.failed', { count: 1 }, { issues: [{ path: 'file', code: 'validation:required' }] });
      const stored = await req.ctx.files.put(part.file, { maxBytes: req.ctx.config.UPLOAD_LIMIT_MB * 1024 * 1024 });
      const open = () => req.ctx.files.open(stored.sha256);
      const format = await detectFormat(open);
      const { headers, sample } = await previewTable(open, format);
      return { fileId: stored.sha256, format, headers, mapping: suggestMapping(headers), sample };
    },
  });

  app.post('/api/organisations/imports/:fileId/run', {
    config: { access: staff },
    schema: {
      tags,
      summary: 'Check every row (dry run) or import them all in one transaction; a file with any problem imports nothing',
      params: fileParams,
      body: importRunSchema,
      response: responses(importReportSchema),
    },
    handler: async (req) => {
      const { fileId } = req.params;
      if (!(await req.ctx.files.exists(fileId))) throw new AppError('not_found', { entity: 'file', id: fileId });
      const open = () => req.ctx.files.open(fileId);
      return runImport(req.ctx, { open, format: await detectFormat(open), mapping: req.body.mapping, dryRun: req.body.dryRun });
    },
  });
}
