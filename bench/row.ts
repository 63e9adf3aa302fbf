/** One row of the table `npm run bench` ends with: a measurement against its floor, and the issue's goal. */
export interface BenchRow {
  what: string;
  /** The measurement and the floor it is compared with, as a person reads them. */
  measured: string;
  floor: string;
  ratio: number;
  /** The ratio may be at most this. */
  goal: number;
  /** A second limit (memory, size) and whether it holds. */
  also?: { text: string; ok: boolean };
}

export const rowOk = (r: BenchRow): boolean => r.ratio <= r.goal && (r.also?.ok ?? true);

export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Prints a row's line; `npm run bench` collects the rows of every bench it runs into one table. */
export function printRow(r: BenchRow): void {
  console.log(
    `  ${r.what}: ${r.measured} vs ${r.floor} = ${r.ratio.toFixed(2)}× (goal ≤ ${r.goal}×)${r.also ? `, ${r.also.text}` : ''} → ${rowOk(r) ? 'OK' : 'OVER GOAL'}`,
  );
  console.log(`BENCH_ROW ${JSON.stringify(r)}`);
}
