/** The evaluator: metrics against labels, with the baselines a provider has today side by side. */
export * from './types.js';
export * from './metrics.js';
export * from './baselines.js';
export * from './scan.js';
export * from './evaluate.js';
export * from './format.js';
