// `npm start`: builds the extension and serves the same app as a plain local web app on localhost.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { serveStatic } from './serve.mjs';

const outDir = resolve('.output/chrome-mv3');
execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
const port = Number(process.env.PORT ?? 4173);
const { url } = await serveStatic(outDir, port);
console.log('');
console.log(`Ứng dụng web cục bộ: ${url}/app.html`);
console.log(`Tiện ích chưa đóng gói (chrome://extensions → Chế độ nhà phát triển → Tải tiện ích đã giải nén): ${outDir}`);
console.log('Nhấn Ctrl+C để dừng.');
