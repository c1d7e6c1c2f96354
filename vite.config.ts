import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import {
  contentSecurityPolicy,
  deploymentHeaders,
  offlineServiceWorker,
  precompress,
  releaseInFileNames,
  prerenderFirstScreen,
  prevalidatedData,
  shellPreloadedByTheFirstScreen,
} from './scripts/build-plugins.ts';

// Relative base so the built site also works from a sub-folder or a file share.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    prevalidatedData(),
    releaseInFileNames(),
    contentSecurityPolicy(),
    prerenderFirstScreen(),
    offlineServiceWorker(),
    deploymentHeaders(),
    precompress(),
  ],
  build: {
    target: 'es2022',
    manifest: true,
    // Every browser the app supports knows <link rel="modulepreload">: no polyfill on the first screen.
    modulePreload: { polyfill: false, resolveDependencies: shellPreloadedByTheFirstScreen() },
    chunkSizeWarningLimit: 600,
    sourcemap: false,
    reportCompressedSize: false,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
    // In CI each run also writes a JSON report, summed up by scripts/test-summary.ts.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: process.env.CI
      ? { json: `test-results/vitest/${process.argv.includes('e2e') ? 'browser' : 'unit'}.json` }
      : undefined,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**'],
          environment: 'node',
          setupFiles: ['tests/setup.ts'],
          // Vitest leaves one core free by default; CI machines have two, and the tests wait
          // on nothing else.
          maxWorkers: 2,
          // Component tests render the whole app in jsdom: 1–3 s each on a quiet two-core
          // machine, past Vitest's 5 s when the machine is shared. A hung test still fails.
          testTimeout: 20_000,
          benchmark: { include: ['tests/**/*.bench.ts'] },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // One browser and one preview server for the whole suite, started in globalSetup; two
          // files at a time, each in browser contexts of its own (no test writes to dist/).
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: true,
          maxWorkers: 2,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
