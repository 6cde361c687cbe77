import { SingleBar, Presets } from 'cli-progress';

/** A progress bar on a terminal, plain lines otherwise (CI logs, pipes). */
export function createProgress(title: string): { update: (step: string, done: number, total: number) => void; stop: () => void } {
  if (!process.stderr.isTTY) {
    let lastPercent = -1;
    return {
      update: (step, done, total) => {
        const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
        if (percent === lastPercent) return;
        lastPercent = percent;
        process.stderr.write(`${title}: ${percent}% (${done}/${total}) ${step}\n`);
      },
      stop: () => undefined,
    };
  }
  const bar = new SingleBar(
    { format: `${title} [{bar}] {percentage}% | {value}/{total} | {step}`, stream: process.stderr, hideCursor: true },
    Presets.shades_classic,
  );
  let started = false;
  return {
    update: (step, done, total) => {
      if (!started) {
        bar.start(total, done, { step });
        started = true;
      } else {
        bar.setTotal(total);
        bar.update(done, { step });
      }
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}
