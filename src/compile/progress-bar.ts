/** Replies above which a compile shows a progress bar on stderr. */
export const PROGRESS_ABOVE = 1000;
const WIDTH = 30;

/**
 * A text progress bar that redraws in place (carriage return) only when the
 * whole percentage changes, so it writes at most a hundred times.
 */
export function progressBar(write: (text: string) => void, label: string) {
  let last = -1;
  return {
    update(done: number, total: number): void {
      const percent = total <= 0 ? 100 : Math.min(100, Math.floor((done / total) * 100));
      if (percent === last) return;
      last = percent;
      const filled = Math.round((percent / 100) * WIDTH);
      write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${String(percent).padStart(3)} %`);
    },
    finish(): void {
      if (last >= 0) write('\n');
    },
  };
}
