/** Imports every operation so that the registry knows them. */
import './admin.js';
import './backup.js';
import './demo.js';
import './impact.js';
import './materials.js';
import './orgs.js';
import './funding.js';
import './evaluation-ranking.js';
import './payments.js';
import './evaluation.js';
import './awards.js';
