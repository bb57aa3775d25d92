/** Dataset contracts and streaming I/O. */
export * from './types.js';
export * from './validate.js';
export * from './writer.js';
export * from './reader.js';
export * from './quarantine.js';
export * from './dataset.js';
