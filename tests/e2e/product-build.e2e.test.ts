import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The build users install (.output/chrome-mv3), not the e2e build: permissions, CSP, what the panel loads first. */
const OUT = resolve('.output/chrome-mv3');
const manifest = JSON.parse(readFileSync(join(OUT, 'manifest.json'), 'utf8'));

describe('the product build', () => {
  it('asks for the fewest permissions and no standing host access', () => {
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'sidePanel']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(manifest.side_panel.default_path).toBe('sidepanel.html');
    // The keyboard way to allow a page (it grants activeTab; `commands` is no permission).
    expect(manifest.commands['allow-fill'].suggested_key.default).toBe('Alt+Shift+K');
  });

  it('has a strict CSP for extension pages: own scripts only, no eval, no remote origins', () => {
    const csp: string = manifest.content_security_policy.extension_pages;
    const directive = (name: string) => csp.split(';').map((d) => d.trim()).find((d) => d.startsWith(name + ' '));
    expect(directive('default-src')).toBe("default-src 'self'");
    expect(directive('script-src')).toBe("script-src 'self'");
    expect(directive('connect-src')).toBe("connect-src 'self'");
    expect(csp).not.toMatch(/unsafe-eval|https?:|\*/);
  });

  it('has its own icon in 16, 32, 48 and 128 px for the extension list and the toolbar button, each file present', () => {
    expect(manifest.icons).toEqual({ 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' });
    expect(manifest.action.default_icon).toEqual({ 16: 'icon/16.png', 32: 'icon/32.png' });
    for (const [size, file] of Object.entries<string>({ ...manifest.icons, ...manifest.action.default_icon })) {
      const png = readFileSync(join(OUT, file));
      expect(png.toString('latin1', 1, 4)).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]); // IHDR width, height
    }
    expect(readFileSync(join(OUT, 'favicon.ico')).readUInt16LE(2)).toBe(1); // an ICO, for the local web app
  });

  it('keeps the docx library out of the side panel\'s initial JavaScript (it loads on export)', () => {
    const html = readFileSync(join(OUT, 'sidepanel.html'), 'utf8');
    const initial = [...html.matchAll(/(?:src|href)="\/(chunks\/[^"]+\.js)"/g)].map((m) => m[1]!);
    expect(initial.length).toBeGreaterThan(0);
    for (const file of initial) expect(readFileSync(join(OUT, file), 'utf8')).not.toContain('w:document');
    const docxChunk = readdirSync(join(OUT, 'chunks')).filter((f) => readFileSync(join(OUT, 'chunks', f), 'utf8').includes('w:document'));
    expect(docxChunk.length).toBeGreaterThan(0); // it exists, as a lazily loaded chunk
  });
});
