/** Exit codes are public interface (see docs): 0 pass, 1 the gate fails, 2 invalid input. */
export const EXIT = {
  pass: 0,
  fail: 1,
  invalid: 2,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
