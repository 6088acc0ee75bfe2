import { describe, expect, it } from 'vitest';
import { until } from './until';

describe('until (test helper)', () => {
  it('returns once the check passes', async () => {
    const start = Date.now();
    let calls = 0;
    await until(() => ++calls >= 3 && Date.now() - start >= 20, 'the third call after 20 ms');
    expect(calls).toBeGreaterThanOrEqual(3);
  });

  it('fails after its time, naming what it waited for', async () => {
    const start = Date.now();
    await expect(until(() => false, 'never', { timeoutMs: 60 })).rejects.toThrow('timed out after 60 ms waiting for: never');
    expect(Date.now() - start).toBeGreaterThanOrEqual(60);
  });
});
