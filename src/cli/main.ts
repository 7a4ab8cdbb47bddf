/**
 * `veta`: start the server, manage the database, administrators, demo data, backups, the audit
 * chain, the members registry, funding calls, evaluation, raw-materials datasets, impact and the API spec. Run `veta <command> --help` for each command's options.
 */
import { Command } from 'commander';
import { VERSION } from '../server/platform/version.js';
import { registerAdminCommands } from './commands/admin.js';
import { registerDataCommands } from './commands/data.js';
import { registerDbCommands } from './commands/db.js';
import { registerMaterialsCommands } from './commands/materials.js';
import { registerStartCommand } from './commands/start.js';
import { registerOpenApiCommand } from './commands/openapi.js';
import { registerOrgsCommands } from './commands/orgs.js';
import { registerImpactCommands } from './commands/impact.js';
import { registerFundingCommands } from './commands/funding.js';
import { registerPaymentsCommands } from './commands/payments.js';
import { registerEvaluationCommands } from './commands/evaluation.js';
import { registerAwardsCommands } from './commands/awards.js';

const program = new Command()
  .name('veta')
  .description('Veta: the platform of a raw-materials innovation cluster')
  .version(VERSION)
  .showHelpAfterError();

registerStartCommand(program);
registerDbCommands(program);
registerAdminCommands(program);
registerDataCommands(program);
registerMaterialsCommands(program);
registerOrgsCommands(program);
registerFundingCommands(program);
registerPaymentsCommands(program);
registerEvaluationCommands(program);
registerAwardsCommands(program);
registerOpenApiCommand(program);
registerImpactCommands(program);

await program.parseAsync(process.argv);
