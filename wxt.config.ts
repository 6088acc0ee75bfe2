import { defineConfig } from 'wxt';

// See README "Quyền truy cập" for why each permission is needed.
export default defineConfig({
  modules: ['@wxt-dev/module-vue'],
  // Explicit imports everywhere: a newcomer can follow every name to its file.
  imports: false,
  // The e2e build (KD_E2E_HOSTS=1, see below) goes to its own folder, so the product build in .output never
  // carries the test-only host permission and the two builds never overwrite each other.
  outDir: process.env.KD_E2E_HOSTS === '1' ? '.output-e2e' : '.output',
  manifest: {
    name: 'Kiểm điểm',
    description: 'Soạn bản tự kiểm điểm, kiểm tra mức xếp loại, xuất Word — hoàn toàn trên máy của bạn.',
    // Page filling (issue 8): activeTab + scripting inject on demand; host access per site only when the user
    // asks (optional_host_permissions + permissions.request in the click). KD_E2E_HOSTS=1 (e2e build only)
    // pre-grants the local test server, because a headless browser cannot click the permission prompt.
    permissions: ['sidePanel', 'activeTab', 'scripting', 'contextMenus'],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    ...(process.env.KD_E2E_HOSTS === '1' ? { host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'] } : {}),
    // public/icon/<size>.png (drawn by `npm run icons` from public/icon.svg) become `icons` by WXT's discovery;
    // the toolbar button names its own, since WXT does not set action.default_icon without a popup.
    // A second way in besides the page's context menu (which a site can block, and which Chromium shows only on
    // empty page space): pressing the shortcut grants activeTab for the current tab, like a menu click. No new
    // permission: `commands` is not one. Keep the key equal to ALLOW_FILL_SHORTCUT (domain/fill/messages-vi.ts).
    commands: {
      'allow-fill': { suggested_key: { default: 'Alt+Shift+K' }, description: 'Cho phép «Kiểm điểm» điền vào trang đang mở' },
    },
    action: { default_title: 'Mở Kiểm điểm', default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' } },
    content_security_policy: {
      // default-src 'self' also covers images, fonts, media and frames: a stray <img src="http://…"> cannot leave.
      extension_pages:
        "default-src 'self'; script-src 'self'; object-src 'none'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    },
  },
  vite: () => ({
    build: {
      target: 'chrome114',
      chunkSizeWarningLimit: 1200,
      rollupOptions: {
        // zod ships comments rollup cannot place; harmless, and noisy in every build.
        onwarn(warning, warn) {
          if (warning.code === 'INVALID_ANNOTATION') return;
          warn(warning);
        },
      },
    },
  }),
});
