import { progressBar } from '../../src/compile/progress-bar';

describe('progressBar', () => {
  it('redraws in place only when the whole percentage changes, and ends the line', () => {
    const written: string[] = [];
    const bar = progressBar((t) => written.push(t), 'Läser');
    bar.update(0, 1000);
    bar.update(1, 1000); // still 0 %
    bar.update(500, 1000);
    bar.update(505, 1000); // still 50 %
    bar.update(1000, 1000);
    bar.finish();
    expect(written).toEqual([
      `\rLäser [${'.'.repeat(30)}]   0 %`,
      `\rLäser [${'#'.repeat(15)}${'.'.repeat(15)}]  50 %`,
      `\rLäser [${'#'.repeat(30)}] 100 %`,
      '\n',
    ]);
  });

  it('writes at most 101 times however many updates, never above 100 %, and nothing to finish when nothing began', () => {
    const written: string[] = [];
    const bar = progressBar((t) => written.push(t), 'x');
    for (let done = 0; done <= 5000; done += 1) bar.update(done, 5000);
    bar.update(6000, 5000);
    expect(written).toHaveLength(101);
    expect(written.at(-1)).toMatch(/100 %$/);

    const quiet: string[] = [];
    progressBar((t) => quiet.push(t), 'x').finish();
    expect(quiet).toEqual([]);
  });

  it('counts an empty job as done', () => {
    const written: string[] = [];
    progressBar((t) => written.push(t), 'x').update(0, 0);
    expect(written[0]).toMatch(/100 %$/);
  });
});
