/**
 * The one clock of tests that sign, seal, verify or set timers: instants relative to the moment
 * the test runs, at whole seconds (what a CMS signing time and a receipt keep). A hard-coded date
 * lies before the test PKI — which is created when the test runs — from the day after the test
 * was written, and the test then fails for a reason that has nothing to do with the code.
 */
export function testInstant(offsetSeconds = 0): Date {
  return new Date((Math.floor(Date.now() / 1000) + offsetSeconds) * 1000);
}

/** {@link testInstant} as the UTC ISO string that receipts and audit entries carry. */
export function testIso(offsetSeconds = 0): string {
  return testInstant(offsetSeconds).toISOString();
}
