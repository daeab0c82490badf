// CSV files for Kuzu's COPY FROM: every string quoted (Chinese text carries commas, quotes and
// line breaks; COPY reads it with parallel=false, which keeps quoted line breaks). NULL: an empty
// field for numbers and booleans; for strings a token no value may equal, because COPY, told that
// token (`null_strings`), reads an empty string field as '' (by default it would read '' as NULL).
// Written as a stream.
import { createWriteStream, type WriteStream } from 'node:fs';

/** The NULL token COPY is told about (`null_strings`); a string equal to it is refused. */
export const CSV_NULL = '__policy_cascade_null__';

export interface CsvColumn {
  name: string;
  /** A STRING column (NULL written as the token; otherwise as an empty field). */
  text: boolean;
}

const cell = (value: unknown, column: CsvColumn): string => {
  if (value === null || value === undefined) return column.text ? CSV_NULL : '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = String(value);
  if (text === CSV_NULL) throw new Error(`A value equals the CSV NULL token ${CSV_NULL}`);
  return text.includes('"') ? `"${text.replace(/"/g, '""')}"` : `"${text}"`;
};

/** Characters of rows gathered before they go to the stream. */
const BATCH_CHARS = 64 * 1024;

export class CsvFile {
  private readonly stream: WriteStream;
  private batch = '';
  rows = 0;

  constructor(
    readonly file: string,
    readonly columns: readonly CsvColumn[],
  ) {
    this.stream = createWriteStream(file, { encoding: 'utf8', highWaterMark: 4 * BATCH_CHARS });
  }

  /**
   * Writes one row (values in column order). Rows go to the stream in batches of about
   * BATCH_CHARS (one chunk per row costs a buffer and a write each), and the returned promise is
   * to be awaited only when the stream asks to wait: a national load writes millions of rows.
   */
  write(row: Record<string, unknown>): Promise<void> | undefined {
    this.rows++;
    this.batch += `${this.columns.map((c) => cell(row[c.name], c)).join(',')}\n`;
    return this.batch.length >= BATCH_CHARS ? this.flush() : undefined;
  }

  close(): Promise<void> {
    this.flush();
    return new Promise((resolve, reject) =>
      this.stream.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
  }

  private flush(): Promise<void> | undefined {
    const batch = this.batch;
    this.batch = '';
    if (batch.length === 0 || this.stream.write(batch)) return undefined;
    return new Promise<void>((resolve) => this.stream.once('drain', () => resolve()));
  }
}
