/** The demo, in order: each module adds its step after the ones it builds on. */
import { identityDemo } from '../modules/identity/demo.js';
import { impactDemo } from '../modules/impact/demo.js';
import { materialsDemo } from '../modules/materials/index.js';
import { organisationsDemo } from '../modules/organisations/demo.js';
import { fundingDemo } from '../modules/funding/demo.js';
import { evaluationDemo } from '../modules/evaluation/demo.js';
import { awardsDemo } from '../modules/awards/demo.js';
import { paymentsDemo } from '../modules/payments/demo.js';
import type { DemoStep } from './types.js';

export const demoSteps: DemoStep[] = [identityDemo, organisationsDemo, materialsDemo, fundingDemo, evaluationDemo, awardsDemo, paymentsDemo, impactDemo];
