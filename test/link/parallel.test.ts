// linkCorpusParallel must give exactly linkCorpus' result: same edges, same order, same scores and
// evidence, on the real seed corpus, whatever the number of workers and the size of their chunks.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../src/ingest/schema.js';
import { linkCorpus, linkCorpusParallel, type LinkResult } from '../../src/link/index.js';
import { CENTRAL_ITEMS, COUNTY_TASKS, makeDocument, NATION, parseSeedCorpus, region } from './fixtures.js';

let documents: ParsedDocument[];
let sync: LinkResult;

beforeAll(async () => {
  documents = await parseSeedCorpus();
  sync = linkCorpus(documents);
}, 120_000);

describe('linkCorpusParallel', () => {
  it('gives the sync LinkResult on the seed corpus with two workers and small chunks', async () => {
    const parallel = await linkCorpusParallel(documents, { workers: 2, minProvisions: 0, chunkSize: 37 });
    expect(sync.implementations.length).toBeGreaterThan(100);
    expect(sync.similarities.length).toBeGreaterThan(0);
    expect(parallel).toEqual(sync);
  }, 120_000);

  it('passes an ancestor resolver to the workers as data', async () => {
    const P = 'lkp-';
    const central = makeDocument(`${P}central`, 'central', NATION, CENTRAL_ITEMS);
    // No ancestors in the document: only the resolver puts 龙泉 under 浙江 and 丽水.
    const county = makeDocument(
      `${P}longquan`,
      'county',
      region('331181', '龙泉市', 'county', []),
      COUNTY_TASKS,
    );
    const province = makeDocument(`${P}zhejiang`, 'province', region('330000', '浙江省', 'province', []), [
      {
        path: '一、',
        title: '推进乡镇综合行政执法改革',
        text: COUNTY_TASKS[1].text,
      },
    ]);
    const options = { ancestors: (code: string) => (code === '331181' ? ['330000', '331100'] : []) };
    const expected = linkCorpus([central, province, county], options);
    expect(expected.implementations.some((i) => i.targetId === `${P}zhejiang:一、`)).toBe(true);
    const parallel = await linkCorpusParallel([central, province, county], {
      ...options,
      workers: 2,
      minProvisions: 0,
      chunkSize: 2,
    });
    expect(parallel).toEqual(expected);
  }, 60_000);
});
