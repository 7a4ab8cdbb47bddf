/** Assessment datasets and the parameters staff enter for them (one by one or from CSV). */
import { z } from 'zod';
import { okSchema, responses } from '../../../../shared/contracts/common.js';
import {
  countryParamsSchema,
  csvImportSchema,
  datasetDetailSchema,
  datasetMaterialParamsSchema,
  datasetParamsSchema,
  datasetSchema,
  governanceEntrySchema,
  importEu2023Schema,
  importReportSchema,
  materialParametersSchema,
  setGovernanceSchema,
  setParametersSchema,
  updateDatasetSchema,
} from '../../../../shared/contracts/materials.js';
import type { App } from '../../../platform/http/types.js';
import { CLUSTER_ROLES, MANAGER_ROLES } from '../policy.js';
import { getDataset, importEu2023, listDatasets, makeCurrent } from '../service/datasets.js';
import {
  clearGovernance,
  governanceTemplate,
  importGovernance,
  importParameters,
  listGovernance,
  listParameters,
  parametersTemplate,
  setGovernance,
  setParameters,
} from '../service/parameters.js';

const tags = ['materials: datasets'];
const admin = ['admin'] as const;

export function datasetRoutes(app: App): void {
  app.get('/api/materials/datasets', {
    config: { access: CLUSTER_ROLES },
    schema: { tags, summary: 'Assessment datasets (year, source, licence, row counts)', response: responses(z.array(datasetSchema)) },
    handler: async (req) => listDatasets(req.ctx),
  });

  app.post('/api/materials/datasets/eu-2023', {
    config: { access: admin },
    schema: { tags, summary: 'Import the EU 2023 study tables (shipped or given); dry run lists every problem, any error commits nothing', body: importEu2023Schema, response: responses(importReportSchema) },
    handler: async (req) => importEu2023(req.ctx, req.body),
  });

  app.get('/api/materials/datasets/:datasetId', {
    config: { access: CLUSTER_ROLES },
    schema: { tags, summary: 'One dataset with the quirks its import reported', params: datasetParamsSchema, response: responses(datasetDetailSchema) },
    handler: async (req) => getDataset(req.ctx, req.params.datasetId),
  });

  app.patch('/api/materials/datasets/:datasetId', {
    config: { access: admin },
    schema: { tags, summary: 'Make a dataset the current one', params: datasetParamsSchema, body: updateDatasetSchema, response: responses(datasetSchema) },
    handler: async (req) => makeCurrent(req.ctx, req.params.datasetId),
  });
}

/** The governance scores staff enter for a dataset. */
export function governanceRoutes(app: App): void {
  app.get('/api/materials/datasets/:datasetId/governance', {
    config: { access: CLUSTER_ROLES },
    schema: { tags, summary: 'Governance scores per country (entered, with source)', params: datasetParamsSchema, response: responses(z.array(governanceEntrySchema)) },
    handler: async (req) => listGovernance(req.ctx, req.params.datasetId),
  });

  app.get('/api/materials/datasets/:datasetId/governance.csv', {
    config: { access: CLUSTER_ROLES },
    schema: { tags, summary: 'Governance template (CSV) with every country of the dataset and the current values', params: datasetParamsSchema, response: responses(z.string()) },
    handler: async (req, reply) => {
      const csv = await governanceTemplate(req.ctx, req.params.datasetId);
      return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="governance.csv"').send(csv);
    },
  });

  app.put('/api/materials/datasets/:datasetId/governance/:country', {
    config: { access: MANAGER_ROLES },
    schema: { tags, summary: "Set a country's governance score", params: countryParamsSchema, body: setGovernanceSchema, response: responses(governanceEntrySchema) },
    handler: async (req) => (await setGovernance(req.ctx, req.params.datasetId, req.params.country, req.body))!,
  });

  app.delete('/api/materials/datasets/:datasetId/governance/:country', {
    config: { access: MANAGER_ROLES },
    schema: { tags, summary: "Remove a country's governance score", params: countryParamsSchema, response: responses(okSchema) },
    handler: async (req) => {
      await clearGovernance(req.ctx, req.params.datasetId, req.params.country);
      return { ok: true as const };
    },
  });

  app.post('/api/materials/datasets/:datasetId/governance/import', {
    config: { access: MANAGER_ROLES },
    schema: { tags, summary: 'Import governance scores from CSV (dry run; all or nothing)', params: datasetParamsSchema, body: csvImportSchema, response: responses(importReportSchema) },
    handler: async (req) => importGovernance(req.ctx, req.params.datasetId, req.body),
  });
}

/** The material parameters (IR, EoL-RIR, SI_SR, SI_EI) staff enter for a dataset. */
export function parameterRoutes(app: App): void {
  app.get('/api/materials/datasets/:datasetId/parameters', {
    config: { access: CLUSTER_ROLES },
    schema: { tags, summary: 'IR, EoL-RIR, SI_SR and SI_EI per material (entered, with source)', params: datasetParamsSchema, response: responses(z.array(materialParametersSchema)) },
    handler: async (req) => listParameters(req.ctx, req.params.datasetId),
  });

  app.get('/api/materials/datasets/:datasetId/parameters.csv', {
    config: { access: CLUSTER_ROLES },
    schema: { tags, summary: 'Material parameters template (CSV) with the current values', params: datasetParamsSchema, response: responses(z.string()) },
    handler: async (req, reply) => {
      const csv = await parametersTemplate(req.ctx, req.params.datasetId);
      return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="parameters.csv"').send(csv);
    },
  });

  app.put('/api/materials/datasets/:datasetId/parameters/:materialId', {
    config: { access: MANAGER_ROLES },
    schema: { tags, summary: "Set (or remove, with null) a material's parameters", params: datasetMaterialParamsSchema, body: setParametersSchema, response: responses(materialParametersSchema) },
    handler: async (req) => {
      const { source, illustrative, ...values } = req.body;
      return setParameters(req.ctx, req.params.datasetId, req.params.materialId, { values, source, illustrative });
    },
  });

  app.post('/api/materials/datasets/:datasetId/parameters/import', {
    config: { access: MANAGER_ROLES },
    schema: { tags, summary: 'Import material parameters from CSV (dry run; all or nothing)', params: datasetParamsSchema, body: csvImportSchema, response: responses(importReportSchema) },
    handler: async (req) => importParameters(req.ctx, req.params.datasetId, req.body),
  });
}
