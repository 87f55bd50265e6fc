export { SeededRandom } from './random.js';
export { generatePopulation, type SimulatedPerson, type SimulatedAccount } from './generate-population.js';
export { seedDemoTenant, DEMO_TENANT_SLUG, DEMO_PASSWORD, DEMO_STAFF, type SeedCounts } from './seed-demo.js';
export { simulateStrategies, MODEL_LABEL, DEFAULT_STRATEGIES, type SimulateOptions, type SimulationOutput, type StrategyResult, type SimulatedKpis, type SimulatedCost } from './simulate-strategies.js';
export { loadSimulationConfig, validateSimulationConfig, BehaviourModel, StrategyDefinition, SIMULATION_DIR, type SimulationConfig } from './simulation-config.js';
export { buildPopulation, type Population } from './synthetic-population.js';
