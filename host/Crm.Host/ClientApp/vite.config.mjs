import { defineConfig } from 'vite';

// Relative asset URLs: the host serves the page at the GraphQL path and rewrites "./assets/" to where it
// serves the files (GraphiQLPage), so the path stays configurable without rebuilding.
export default defineConfig({
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
    rollupOptions: {
      // GraphiQL's React dependencies mark themselves "use client" for server-component bundlers; in a plain
      // browser bundle the directive means nothing, so its warning is noise.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
