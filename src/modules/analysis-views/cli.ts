/**
 * `stadsveilig stats …`: the analyst's spatial statistics on files, comparable with PySAL esda
 * and R spdep / NearRepeat. No database: files in (stats/csv-input.ts), the pure statistics of the
 * analysis module, JSON or CSV out (stats/output.ts).
 */
import { Option, type Command } from 'commander';
import type { CliCommands } from '../../core/module-contract.ts';

import { aoristicCommand, knoxCommand } from './stats/event-commands.ts';
import { localGCommand, localMoranCommand, moranCommand, type SpatialCliOptions } from './stats/spatial-commands.ts';

function spatialOptions(cmd: Command): Command {
  return cmd
    .requiredOption('--data <file.csv>', 'CSV with a header row, one row per area/cell')
    .requiredOption('--column <name>', 'numeric column to analyse')
    .requiredOption('--weights <file>', 'PySAL/GeoDa weights file (.gal or .gwt)')
    .option('--id <column>', 'id column matching the weights ids (default: weights ids 1..n are the data rows in order)')
    .addOption(new Option('--transform <t>', 'weights transform: b binary, r row-standardised').choices(['b', 'r']).default('r'))
    .option('--permutations <n>', 'conditional/random permutations for pSim (0 = none)', '0')
    .option('--seed <s>', 'seed of the xoshiro128** generator (same seed, same pSim)', '12345')
    .addOption(
      new Option('--alternative <a>', 'pseudo p-value tail convention (directed = esda default)')
        .choices(['directed', 'greater', 'lesser', 'two-sided', 'folded'])
        .default('directed'),
    )
    .option('--allow-asymmetric', 'accept weights whose links are not mutual (e.g. k-nearest neighbours)')
    .addOption(new Option('--format <f>', 'output format').choices(['json', 'csv']).default('json'));
}

const AORISTIC_HELP = `
Each event has weight 1, spread evenly over the real elapsed minutes of [start, end), each minute
counted in the hour the Amsterdam clock shows; a missing end counts fully in the start hour;
windows of a week or longer spread 1/168 over every hour. Output starts at Monday 00:00.

Times without an offset are Amsterdam time (CET +01:00, CEST +02:00). Clock changes:
- last Sunday of March: 02:00–03:00 does not exist; such a time is refused (file and row named),
  and that hour receives no weight;
- last Sunday of October: 02:00–03:00 happens twice and receives the minutes of both; without an
  offset the first (+02:00) is meant: write e.g. 2024-10-27T02:10+01:00 for the second.
`;

export function registerStatsCli({ statsCmd }: CliCommands): void {
  spatialOptions(statsCmd.command('local-g'))
    .description('local Getis–Ord Gi (or Gi* with --star) per row: id, g, z, p (two-sided normal), pSim')
    .option('--star', 'Gi*: include the unit itself (self-weight 1, or 1/(k+1) after row standardisation, as esda)')
    .addOption(
      new Option('--moments <m>', 'z-score variance: Ord & Getis 1995 general weights, or esda G_Local')
        .choices(['ord-getis', 'esda'])
        .default('ord-getis'),
    )
    .action(async (opts: SpatialCliOptions) => localGCommand(opts));

  spatialOptions(statsCmd.command('local-moran'))
    .description('local Moran I_i (Anselin 1995) per row: id, i, z, p (two-sided normal), pSim, quadrant HH/LH/LL/HL')
    .action(async (opts: SpatialCliOptions) => localMoranCommand(opts));

  spatialOptions(statsCmd.command('moran'))
    .description("global Moran's I: { i, ei, zNorm, pNorm, zRand, pRand, pSim? } (two-sided p)")
    .action(async (opts: SpatialCliOptions) => moranCommand(opts));

  statsCmd
    .command('knox')
    .description('near-repeat Knox test: { observed, expected, knoxRatio, p, spaceBands, timeBands } (rows = space bands)')
    .requiredOption(
      '--events <file.csv>',
      'CSV with x, y (same unit as the bands) and date (YYYY-MM-DD, or days); header optional (then columns x, y, date in order)',
    )
    .requiredOption('--space-bands <list>', 'break points, right-open [a,b), last may be inf, e.g. 0,1,100,200,300,inf')
    .requiredOption('--time-bands <list>', 'break points in days, right-open, e.g. 0,7,14,21,inf')
    .addOption(new Option('--distance <d>', 'distance metric').choices(['manhattan', 'euclidean']).default('manhattan'))
    .option('--permutations <n>', 'Monte Carlo date permutations (p = (#sim ≥ observed + 1)/(n + 1))', '99')
    .option('--seed <s>', 'seed of the xoshiro128** generator', '12345')
    .action(async (opts) => knoxCommand(opts));

  statsCmd
    .command('aoristic')
    .description('aoristic hour-of-week profile: JSON array of 168 weights, index 0 = Monday 00:00–01:00, 167 = Sunday 23:00–24:00')
    .requiredOption(
      '--events <file.csv>',
      "CSV with header 'start' and 'end' (ISO 8601, Amsterdam time, e.g. 2024-03-01T22:30, or with an offset, e.g. 2024-10-27T02:30+01:00; end may be empty)",
    )
    .addOption(
      new Option('--format <f>', 'json (168 numbers) or csv (weekday,hour,weight; weekday 1 = Monday)')
        .choices(['json', 'csv'])
        .default('json'),
    )
    .addHelpText('after', AORISTIC_HELP)
    .action(async (opts) => aoristicCommand(opts));
}
