export interface LatencyProbe {
  /** Resolves with the next keystroke's latency in ms, once measured. */
  next(): Promise<number>;
}

/**
 * Runs in the page: `performance.now()` at keydown, then the first
 * `requestAnimationFrame` after the DOM under `selector` changed. Exposed as
 * `window.__latencyProbe`.
 */
export function installLatencyProbe(selector: string): void {
  const root = document.querySelector(selector);
  if (!root) throw new Error(`nothing matches ${selector}`);
  let keydownAt: number | undefined;
  let waiting: ((latency: number) => void) | undefined;
  const measured: number[] = [];
  document.addEventListener('keydown', () => (keydownAt = performance.now()), { capture: true });
  new MutationObserver(() => {
    const start = keydownAt;
    if (start === undefined) return;
    keydownAt = undefined;
    requestAnimationFrame(() => {
      const latency = performance.now() - start;
      if (waiting) {
        waiting(latency);
        waiting = undefined;
      } else {
        measured.push(latency);
      }
    });
  }).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  const probe: LatencyProbe = {
    next: () => {
      const ready = measured.shift();
      return ready !== undefined ? Promise.resolve(ready) : new Promise((resolve) => (waiting = resolve));
    },
  };
  (window as unknown as { __latencyProbe: LatencyProbe }).__latencyProbe = probe;
}
