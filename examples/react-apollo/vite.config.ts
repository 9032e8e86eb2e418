/**
 * `npm run dev` and `npm run build && npm run preview` serve the app and forward /graphql to the
 * gateway, so the browser talks to one origin. TI_GRAPH_URL is the gateway's GraphQL URL, as
 * `ti-graph start` prints it.
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const gateway = new URL(process.env['TI_GRAPH_URL'] ?? 'http://127.0.0.1:4000/graphql');
const proxy = { '/graphql': { target: gateway.origin, rewrite: () => gateway.pathname + gateway.search } };

export default defineConfig({
  plugins: [react()],
  server: { proxy },
  preview: { proxy },
});
