// Preloaded into a timed child (`node --import ./test/bench/rss-preload.mjs ...`): at exit it
// writes the process's peak resident set size (getrusage ru_maxrss, kilobytes on Linux) to the
// file named by RECON_BENCH_RSS_FILE, so the benchmark can report peak memory of the whole run.
import { writeFileSync } from 'node:fs';

const target = process.env.RECON_BENCH_RSS_FILE;
if (target) {
  process.on('exit', () => {
    writeFileSync(target, String(process.resourceUsage().maxRSS));
  });
}
