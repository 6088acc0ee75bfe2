import { defineContentScript } from 'wxt/utils/define-content-script';
import { createFillAgent, type FillAgent } from './agent';

/**
 * Injected on demand only (`registration: 'runtime'`): by stores/page-fill.ts from the side panel and by the
 * background's context menu, with `scripting.executeScript({ files: ['/content-scripts/fill.js'] })`.
 * Injecting again reuses the first agent of the frame; the result is the frame's status.
 */
const AGENT_KEY = '__kiemDiemFillAgent';

export default defineContentScript({
  registration: 'runtime',
  main() {
    const scope = globalThis as unknown as Record<string, FillAgent | undefined>;
    const agent = (scope[AGENT_KEY] ??= createFillAgent());
    return agent.status();
  },
});
