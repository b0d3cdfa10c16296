/**
 * Retries an assertion until it passes, for state the page reaches asynchronously (a debounced
 * re-check, a write to the fake workbook). Not a timing assertion: the limit only stops a hang.
 */
export async function eventually(assertion: () => Promise<void>, limitMs = 15_000): Promise<void> {
  const giveUpAt = Date.now() + limitMs;
  for (;;) {
    try {
      await assertion();
      return;
    } catch (error) {
      if (Date.now() > giveUpAt) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
