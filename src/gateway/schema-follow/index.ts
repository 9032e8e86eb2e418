/**
 * The gateway follows the tenant's schema live (#23): polls it through the tenant budget, swaps in
 * a newly composed graph in one step, keeps the last good one when the new schema cannot be
 * composed, and judges every registered operation (each app's manifest, the gateway's own
 * `operations/`) against each change with `ti-graph drift`'s verdicts: metrics, a warn line per
 * broken operation, an alert webhook, and a typed refusal of broken trusted documents.
 */
export { schemaFingerprint, type ServedGraph } from './served-graph.js';
export { introspectThrough } from './introspect.js';
export { createPacer, type Between } from './pace.js';
export { createSchemaFollower, type SchemaFollower, type SchemaFollowerOptions, type CheckOutcome, type DocumentVerdict } from './follower.js';
export { createSchemaFollowMetrics, type SchemaFollowMetrics, type ReloadResult } from './metrics.js';
export { createAlertSender, redisAlertClaim, type AlertSender, type AlertClaim, type SchemaAlert } from './alert.js';
export { loadRegisteredOperations, type RegisteredOperation } from './registered.js';
export { judgeOperations, type OperationFinding, type Judgement } from './judge.js';
export { useServedSchema, followingPlanner } from './requests.js';
