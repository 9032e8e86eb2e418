import type { Plugin } from 'graphql-yoga';
import type { WebhookReceiver } from './webhook-receiver.js';

export const DEFAULT_WEBHOOK_PATH = '/webhooks/ti';

/**
 * Mounts the webhook receiver on a Yoga server at `path` (default `/webhooks/ti`). The route is
 * authenticated by its signatures, not by client tokens: put this plugin before any plugin that
 * demands a bearer token on every request.
 */
export function useWebhookReceiver(receiver: WebhookReceiver, path = DEFAULT_WEBHOOK_PATH): Plugin {
  return {
    async onRequest({ url, request, endResponse }) {
      if (url.pathname !== path) return;
      endResponse(await receiver.handle(request));
    },
  };
}
