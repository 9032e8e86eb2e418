import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql-tools is CommonJS and our files are ESM: without this alias vitest loads graphql twice
    // and graphql-js throws "Cannot use GraphQLSchema from another module or realm".
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // `npm test` on a machine with only Node and apt: installs redis-server and Chromium when
    // missing and starts a private redis-server when REDIS_URL is unset (test/setup/machine.ts).
    globalSetup: ['test/setup/machine.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Two cores: keep worker count low so loopback servers are not starved.
    maxWorkers: 2,
  },
});
