/**
 * CPU time for a benchmark: this process (user + system; the embedded database runs in it) plus,
 * when `pgDatabase` is given, every local PostgreSQL server process serving that database (read
 * from /proc: a backend's command line names its database). Processes that end between two
 * readings are lost, so keep the connections open across a measurement (a pool does).
 */
import fs from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

function backendCpuSeconds(pgDatabase: string): number {
  let ticks = 0;
  for (const pid of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.startsWith('postgres:') || !cmd.includes(` ${pgDatabase} `)) continue;
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14, 15 of stat)
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks / TICKS_PER_SECOND;
}

export function engineCpuSeconds(pgDatabase?: string): number {
  const own = process.cpuUsage();
  return (own.user + own.system) / 1e6 + (pgDatabase ? backendCpuSeconds(pgDatabase) : 0);
}
