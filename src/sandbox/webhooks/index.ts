/** The sandbox's outbound, signed webhooks with the vendor's retry schedule. */
export {
  createWebhookSender,
  attachWebhookSender,
  VENDOR_RETRY_DELAYS_MS,
  VENDOR_TIMEOUT_MS,
  type WebhookSender,
  type WebhookSenderOptions,
  type WebhookDelivery,
  type DeliveryAttempt,
} from './sender.js';
