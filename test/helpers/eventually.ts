/**
 * Waits until `check` holds: for work a test cannot await (after an
 * acknowledgement, in a process that will never finish it). Fails after
 * `ms`, which only bounds a test that is already failing.
 */
export async function eventually(check: () => boolean, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}
