/**
 * The gateway's document limits: one pure checker (`checkSource` on the text, `checkDocument` on the
 * parsed document) that every path calls, and the Yoga plugin that applies it.
 */
export { checkSource, parseWithinLimits } from './source-check.js';
export { checkDocument, type CheckOptions, type DocumentVerdict } from './check-document.js';
export { estimateDocument, type DocumentEstimate, type EstimateOptions } from './estimate.js';
export { SLICING_ARGUMENTS, fieldCostsOf, registerFieldCosts, type FieldCost } from './field-costs.js';
export { documentLimits, type DocumentLimits, type SourceLimits } from './options.js';
export { responseTooLarge, useDocumentLimits } from './plugin.js';
export { registerTenantSchema, tenantPoints } from './tenant-points.js';
