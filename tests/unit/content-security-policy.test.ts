import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../electron/main/window-options';

const projectRoot = join(import.meta.dirname, '../..');

/** Google's CSP Evaluator as Electronegativity ships it (its CSP_GLOBAL_CHECK); the package has no types. */
interface CspEvaluatorModule {
  CspParser: new (policy: string) => { csp: unknown };
  CspEvaluator: new (csp: unknown, version: number) => { evaluate(): { directive: string; value?: string; severity: number; description: string }[] };
  Version: { CSP3: number };
  severities: Record<'HIGH' | 'SYNTAX' | 'MEDIUM' | 'HIGH_MAYBE' | 'STRICT_CSP' | 'MEDIUM_MAYBE' | 'INFO' | 'NONE', number>;
}
const electronegativity = createRequire(import.meta.url).resolve('@doyensec/electronegativity');
const csp = createRequire(electronegativity)('@doyensec/csp-evaluator') as CspEvaluatorModule;

function evaluate(policy: string) {
  return new csp.CspEvaluator(new csp.CspParser(policy).csp, csp.Version.CSP3).evaluate();
}

describe('the Content-Security-Policy', () => {
  it('is written in renderer/index.html exactly as the app:// protocol sends it, less frame-ancestors', () => {
    const html = readFileSync(join(projectRoot, 'renderer/index.html'), 'utf8');
    const metas = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/g)].map((match) => match[1]);
    expect(metas).toEqual([contentSecurityPolicy('meta')]);
  });

  it("passes Google's CSP Evaluator but for its general caveat about 'self', which docs/security.md answers", () => {
    for (const policy of [contentSecurityPolicy('header'), contentSecurityPolicy('meta')]) {
      const findings = evaluate(policy).filter((finding) => finding.severity < csp.severities.INFO);
      // 'self' is only a risk where the origin also serves JSONP, Angular or uploads; app:// serves the built renderer and nothing else.
      expect(findings.map(({ directive, value, severity }) => ({ directive, value, severity }))).toEqual([
        { directive: 'script-src', value: "'self'", severity: csp.severities.MEDIUM_MAYBE },
      ]);
    }
  });

  it('would draw more from the evaluator if it allowed inline code, eval or a remote origin, so the check above means something', () => {
    const weakened = contentSecurityPolicy().replace("script-src 'self'", "script-src 'self' 'unsafe-inline' 'unsafe-eval' https://cdn.example.org");
    const flagged = evaluate(weakened)
      .filter((finding) => finding.severity < csp.severities.INFO)
      .map((finding) => finding.value);
    expect(flagged).toEqual(expect.arrayContaining(["'unsafe-inline'", "'unsafe-eval'", 'https://cdn.example.org']));
  });
});
