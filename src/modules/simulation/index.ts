export { SeededRandom } from './random.js';
export { generatePopulation, type SimulatedPerson, type SimulatedAccount } from './generate-population.js';
export { seedDemoTenant, DEMO_TENANT_SLUG, DEMO_PASSWORD, DEMO_STAFF, type SeedCounts } from './seed-demo.js';
