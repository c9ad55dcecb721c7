// Preloaded into a timed child (`node --import ./test/bench/rss-preload.mjs ...`): at exit it
// writes the process's peak resident set size (getrusage ru_maxrss, kilobytes on Linux) and its
// user + system CPU time (microseconds) as JSON to the file named by RECON_BENCH_RSS_FILE, so the
// benchmark can report peak memory and CPU of the whole run.
import { writeFileSync } from 'node:fs';

const target = process.env.RECON_BENCH_RSS_FILE;
if (target) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(target, JSON.stringify({ maxRssKb: u.maxRSS, cpuMicros: u.userCPUTime + u.systemCPUTime }));
  });
}
