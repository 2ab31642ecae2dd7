// The service worker's build (vite-plugin-pwa, Workbox's injectManifest):
// sw.ts is bundled into <outDir>/sw.js with the app shell's files listed for
// precaching. The manifest is public/manifest.webmanifest, written by hand,
// and the page registers the worker itself (register.ts), on idle.
import { VitePWA } from 'vite-plugin-pwa';

export function pwa() {
  return VitePWA({
    strategies: 'injectManifest',
    srcDir: 'src/pwa',
    filename: 'sw.ts',
    registerType: 'prompt',
    injectRegister: false,
    manifest: false,
    // After the prerendering (src/prerender/vite-plugin.ts) has rewritten index.html, so its revision is the one served.
    integration: { closeBundleOrder: 'post' },
    injectManifest: {
      // The app shell only: article and category pages and feed files are cached as the reader opens them (sw.ts).
      globPatterns: ['index.html', 'assets/*.{js,css}', '*.{js,svg,png,webmanifest}'],
      globIgnores: ['sw.js'],
      rollupFormat: 'iife',
    },
  });
}
