import type { TenantConfig } from '../../config/index.js';
import { ValidationError } from '../../errors/index.js';

/**
 * The seed warns that customFields keys not configured in the admin portal are silently dropped.
 * When the tenant's keys are known, a write naming another key is refused before it is sent, with
 * an error that names the key and the allowed ones, instead of losing the value without a trace.
 */
export function assertKnownCustomFieldKeys(
  tenant: Pick<TenantConfig, 'checkCustomFields' | 'customFieldKeys'>,
  customFields: Record<string, unknown> | null | undefined,
  request: { method: string; path: string },
): void {
  if (!tenant.checkCustomFields || !tenant.customFieldKeys || !customFields) return;
  const allowed = new Set(tenant.customFieldKeys);
  const unknown = Object.keys(customFields).filter((key) => !allowed.has(key));
  if (unknown.length === 0) return;
  const names = unknown.map((k) => `"${k}"`).join(', ');
  throw new ValidationError({
    ...request,
    clientDetail: `customFields ${names} not configured for this tenant`,
    serverMessage:
      `customFields ${unknown.length === 1 ? 'key' : 'keys'} ${names} ${unknown.length === 1 ? 'is' : 'are'} not configured for this tenant ` +
      `and would be silently dropped; configured keys: ${tenant.customFieldKeys.join(', ') || '(none)'}. ` +
      'Add the key in the admin portal and to TI_CUSTOM_FIELD_KEYS, or set TI_CHECK_CUSTOM_FIELDS=false to skip this check.',
  });
}
