// Vite and Vitest configuration for the deepdive page: builds web/dist, runs the unit tests.
import { defineConfig } from "vitest/config";

export default defineConfig({
  // Relative asset paths, so the page works wherever the server mounts it.
  base: "./",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    // The server embeds web/dist; source maps would only make the binary bigger.
    sourcemap: false,
    // CodeMirror with two languages is one ~500 kB chunk (~180 kB gzipped); that is expected.
    chunkSizeWarningLimit: 700,
  },
  server: {
    // `npm run dev` talks to a running `deepdive serve` for the API.
    proxy: { "/api": "http://127.0.0.1:7878" },
  },
  test: {
    environment: "happy-dom",
    include: ["src/**/*.test.ts"],
  },
});
