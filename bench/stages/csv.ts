// CSV files for an engine's bulk loader: every string quoted (Chinese text carries commas and
// quotes), NULL as an empty unquoted field, written as a stream.
import { createWriteStream, type WriteStream } from 'node:fs';

const cell = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return `"${String(value).replace(/"/g, '""').replace(/\r?\n/g, ' ')}"`;
};

export class CsvFile {
  private readonly stream: WriteStream;
  rows = 0;

  constructor(
    readonly file: string,
    readonly columns: readonly string[],
  ) {
    this.stream = createWriteStream(file, { encoding: 'utf8' });
  }

  /** Writes one row; returns a promise only when the stream asks the caller to wait. */
  write(values: readonly unknown[]): Promise<void> | undefined {
    this.rows++;
    if (this.stream.write(`${values.map(cell).join(',')}\n`)) return undefined;
    return new Promise((resolve) => this.stream.once('drain', () => resolve()));
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) =>
      this.stream.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
  }
}
