/** The `code` of what `run` throws, or undefined when it does not throw: tests assert codes, not messages. */
export function thrownCode(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
}
