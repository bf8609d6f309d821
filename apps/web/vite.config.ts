import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export const viteConfig = defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      // The domain package is CommonJS built by tsc; the web bundles its sources directly.
      '@xiaohu/domain': fileURLToPath(new URL('../../packages/domain/src/index.ts', import.meta.url)),
    },
  },
  server: {
    port: 5173,
    proxy: { '/graphql': 'http://localhost:4000', '/api': 'http://localhost:4000' },
  },
  preview: {
    proxy: { '/graphql': 'http://localhost:4000' },
  },
  build: {
    // Domestic secure-OS browsers report Chrome 90-93.
    target: 'chrome87',
    outDir: 'dist',
    // dist/.vite/manifest.json: scripts/route-js.mjs reads which chunks each route loads (size budget).
    manifest: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // React and Apollo load on every page and change less often than the app: own chunks stay cached.
        // MUI is left to automatic splitting so components only lazy pages use stay out of the entry.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            {
              name: 'apollo',
              test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|tslib|ts-invariant)[\\/]/,
            },
          ],
        },
      },
    },
  },
});

// Vite loads its config through the default export.
export default viteConfig;
