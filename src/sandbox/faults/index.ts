export { parseFaultSpec, type ResolvedFaults } from './spec.js';
export { FaultInjector, type FaultDecision } from './injector.js';
export { TokenBucket, type BucketState } from './token-bucket.js';
