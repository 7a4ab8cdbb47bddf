import type { Command } from 'commander';
import { TARGET_PREFIX, type TelemetryTarget } from '../../server/operations/impact.js';
import { consoleIo, fail } from '../io.js';
import { runSimulator } from '../telemetry-simulator.js';
import { cliConfig, runOperation } from '../transport.js';
import path from 'node:path';

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export function registerImpactCommands(program: Command): void {
  const impact = program.command('impact').description('Energy and environmental impact: readings and site tokens');
  impact
    .command('import <file>')
    .description('Check (and with --commit store) a CSV/XLSX file of readings for meters of a site')
    .requiredOption('--site <siteId>', 'the site the meters belong to')
    .requiredOption('--timestamp-column <name>', 'column with the time of each reading')
    .requiredOption('--column <column=meterCode>', 'a column and the code of the meter it feeds (repeat for several)', collect, [])
    .option('--end-column <name>', 'column with the end of each period (monthly bills)')
    .option('--format <iso|dmy|ymd|mdy>', 'how dates are written', 'iso')
    .option('--marks <start|end>', 'whether the time marks the start or the end of the interval', 'start')
    .option('--time-zone <zone>', 'IANA zone of times written without an offset (default: the meter\'s)')
    .option('--decimal <.|,>', 'decimal separator', '.')
    .option('--commit', 'store the readings (all or none); without it, only check')
    .action(async (file: string, opts: { site: string; timestampColumn: string; column: string[]; endColumn?: string; format: string; marks: string; timeZone?: string; decimal: string; commit?: boolean }) => {
      const args = {
        file: path.resolve(file),
        siteId: opts.site,
        columns: opts.column,
        timestampColumn: opts.timestampColumn,
        ...(opts.endColumn ? { endColumn: opts.endColumn } : {}),
        timestampFormat: opts.format,
        timestampMarks: opts.marks,
        ...(opts.timeZone ? { timeZone: opts.timeZone } : {}),
        decimalSeparator: opts.decimal,
        commit: Boolean(opts.commit),
      };
      process.exit(await runOperation('impact.import', args, consoleIo));
    });
  impact
    .command('token')
    .description('Create an ingestion token for a site (HTTP batch API and MQTT); the secret is printed once')
    .requiredOption('--site <siteId>', 'the site')
    .requiredOption('--name <name>', 'what the token is for, e.g. "Gemelo digital"')
    .action(async (opts: { site: string; name: string }) => process.exit(await runOperation('impact.token-create', { siteId: opts.site, name: opts.name }, consoleIo)));

  const demo = program.commands.find((c) => c.name() === 'demo');
  if (!demo) throw new Error('register the demo command first');
  demo
    .command('telemetry')
    .description('Play the demo quarry\'s digital twin: publish its 15-minute readings over MQTT (catch up, then --follow)')
    .option('--follow', 'keep publishing each new quarter hour as it ends (Ctrl-C to stop)')
    .option('--from <iso>', 'first quarter hour to publish (default: after the last stored reading)')
    .option('--broker <url>', 'MQTT broker (default: MQTT_URL, else the server\'s embedded broker)')
    .action(async (opts: { follow?: boolean; from?: string; broker?: string }) => {
      let target: TelemetryTarget | undefined;
      const code = await runOperation('impact.telemetry-target', {}, {
        out: (line) => (line.startsWith(TARGET_PREFIX) ? (target = JSON.parse(line.slice(TARGET_PREFIX.length)) as TelemetryTarget) : consoleIo.out(line)),
        err: consoleIo.err,
      });
      if (code !== 0 || !target) process.exit(code || 1);
      const config = cliConfig();
      const url = opts.broker ?? config.MQTT_URL ?? `mqtt://127.0.0.1:${config.MQTT_EMBEDDED_PORT}`;
      const from = opts.from ? Date.parse(opts.from) : undefined;
      if (from !== undefined && Number.isNaN(from)) fail('--from: not a date and time');
      const abort = new AbortController();
      process.once('SIGINT', () => abort.abort());
      consoleIo.out(`Publishing as site ${target.siteId} to ${url} ...`);
      const result = await runSimulator(target, { url, topicPrefix: config.MQTT_TOPIC_PREFIX, follow: Boolean(opts.follow), ...(from !== undefined ? { from } : {}) }, consoleIo, abort.signal).catch((err: unknown) =>
        fail(`Could not publish to ${url}: ${err instanceof Error ? err.message : String(err)}. Is the Veta server (with its embedded broker) running?`),
      );
      process.exit(result);
    });
}
