/**
 * Impact: energy and environmental results of the measures the cluster's members implement.
 * Measures, meters and readings (CSV/XLSX upload, HTTP batch, MQTT from digital twins), savings
 * verified by IPMVP Option C (engines/mv), CO2e avoided, and dashboards.
 */
import type { VetaModule } from '../types.js';
import { analysisRoutes } from './routes/analyses.js';
import { ingestionRoutes } from './routes/ingestion.js';
import { measureRoutes } from './routes/measures.js';
import { meterRoutes } from './routes/meters.js';
import { seedEmissionFactors } from './service/emission-factors.js';
import { currentTelemetry, setCurrentTelemetry, startTelemetry } from './telemetry/runtime.js';
import './errors.js';

export { impactMeasure, impactMeter, impactReading, impactAnalysis, impactEmissionFactor } from './schema.js';
export { startTelemetry, type Telemetry } from './telemetry/runtime.js';
export { readingsTopic } from './telemetry/payload.js';
export { DEMO_QUARRY_NAME, DEMO_QUARRY_SITE } from './demo.js';
export { DEMO_QUARRY, QUARTER_MS, quarryQuarter } from './demo-series.js';
export { findMeasureByMeter, siteMetersOf, siteOfOrganisation } from './operations-support.js';
export { createSiteToken } from './service/site-tokens.js';
export { commitUpload, createUpload, dryRunUpload } from './service/uploads.js';

export const impactModule: VetaModule = {
  name: 'impact',
  routes(app) {
    measureRoutes(app);
    meterRoutes(app);
    ingestionRoutes(app);
    analysisRoutes(app);
  },
  async start(platform, mode) {
    await seedEmissionFactors(platform.database.db);
    if (mode !== 'server') return;
    try {
      setCurrentTelemetry(await startTelemetry(platform.database.db, platform.logger, platform.config));
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      platform.logger.error({ err: message }, 'telemetry could not start; readings still arrive by upload and the HTTP batch API');
      setCurrentTelemetry(null, message);
    }
  },
  async stop() {
    const t = currentTelemetry();
    setCurrentTelemetry(null);
    await t?.stop();
  },
};
