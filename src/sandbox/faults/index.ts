export { parseFaultSpec, type ResolvedFaults } from './spec.js';
export { FaultInjector, type FaultDecision } from './injector.js';
export { ServerTokenBucket, type BucketState } from './server-token-bucket.js';
