import type { Plugin } from 'graphql-yoga';
import { pathOf, stateOf, type FrontDoorServerContext } from './state.js';

export const WEBHOOK_PATH = '/webhooks/ti';

/** What answers TI's webhooks (the events service's receiver): it reads, caps and verifies the body itself. */
export interface WebhookHandler {
  handle(request: Request): Promise<Response>;
}

/**
 * `POST /webhooks/ti`, authenticated by the webhook's signature, not by a client token: the
 * receiver answers before client auth would run for the GraphQL path.
 */
export function useWebhooks(receiver: WebhookHandler): Plugin<Record<string, unknown>, FrontDoorServerContext> {
  return {
    async onRequest({ request, serverContext, endResponse }) {
      if (pathOf(request.url) !== WEBHOOK_PATH) return;
      stateOf(serverContext, request).route = 'webhook';
      endResponse(await receiver.handle(request));
    },
  };
}
