import { describe, expect, it } from 'vitest';
import { chainCodes, isOnChain } from '../../src/link/chain.js';
import { inferLevel, referencedDocumentId, resolveCitations } from '../../src/link/citations.js';
import { isGeneralTitle } from '../../src/link/outline.js';
import { phraseSource, sharedPhrases } from '../../src/link/phrases.js';
import { Vocabulary } from '../../src/link/vectors.js';
import { charBigrams, sentences } from '../../src/link/text.js';
import { citationTitleKey } from '../../src/ingest/citations/index.js';
import type { Citation } from '../../src/ingest/schema.js';
import { makeDocument, NATION, region } from './fixtures.js';

const GENERAL = ['总体要求', '指导思想', '基本原则', '工作原则', '主要目标', '目标任务'];

describe('generic provisions', () => {
  it('recognizes titles made only of generic headings', () => {
    expect(isGeneralTitle('指导思想', GENERAL)).toBe(true);
    expect(isGeneralTitle('指导思想、基本原则和目标任务', GENERAL)).toBe(true);
    expect(isGeneralTitle('主要任务', GENERAL)).toBe(false);
    expect(isGeneralTitle('深化执法体制机制改革', GENERAL)).toBe(false);
    expect(isGeneralTitle(null, GENERAL)).toBe(false);
  });
});

describe('administrative chain', () => {
  const central = makeDocument('ch-c', 'central', NATION, []);
  const hunan = makeDocument('ch-p', 'province', region('430000', '湖南省', 'province', []), []);
  const zhuzhouCity = makeDocument('ch-s', 'city', region('430200', '株洲市', 'city', ['430000']), []);
  const county = makeDocument(
    'ch-k',
    'county',
    region('430212', '渌口区', 'county', ['430000', '430200']),
    [],
  );
  const otherCity = makeDocument('ch-o', 'city', region('210300', '鞍山市', 'city', ['210000']), []);

  it('runs from the nation down to the document region', () => {
    expect(chainCodes(county)).toEqual(['000000', '430000', '430200', '430212']);
    expect(chainCodes(central)).toEqual(['000000']);
  });

  it('lets a county implement central, its province and its city, never another region or a peer', () => {
    expect([central, hunan, zhuzhouCity, otherCity].map((d) => isOnChain(county, d))).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(isOnChain(zhuzhouCity, county)).toBe(false);
    expect(isOnChain(county, county)).toBe(false);
  });

  it('asks a resolver for ancestors the document does not carry', () => {
    const bare = makeDocument('ch-b', 'county', region('430212', '渌口区', 'county', []), []);
    expect(chainCodes(bare, () => ['430000', '430200'])).toEqual(['000000', '430000', '430200', '430212']);
  });
});

describe('shared phrases', () => {
  const vocab = new Vocabulary();
  vocab.addUnit(charBigrams('依法委托或授予乡镇街道行政执法权'));
  vocab.addUnit(charBigrams('深入学习贯彻习近平法治思想'));
  const options = { minLength: 4, minMeanIdf: 0, boilerplate: ['习近平法治思想'] };

  it('finds verbatim runs with spans into title and text of both provisions', () => {
    const source = {
      title: '推进一支队伍管执法',
      text: '依法委托或授予乡镇(街道)行政执法权的同时,同步予以配套保障。',
    };
    const target = {
      title: '深化执法体制机制改革',
      text: '持续推进改革。依法委托或授予乡镇(街道)行政执法权的同时,在编制方面同步予以配套保障。',
    };
    const phrases = sharedPhrases(phraseSource(source, 4), target, vocab, options);
    const top = phrases.find((p) => p.text.startsWith('依法委托'))!;
    expect(top.text).toBe('依法委托或授予乡镇(街道)行政执法权的同时');
    expect(top.sourceSpans).toEqual([{ field: 'text', start: 0, end: top.text.length }]);
    expect(target.text.slice(top.targetSpans[0].start, top.targetSpans[0].end)).toBe(top.text);
    expect(phrases.some((p) => p.text === '同步予以配套保障')).toBe(true);
  });

  it('gives boilerplate wording no weight', () => {
    const phrases = sharedPhrases(
      phraseSource({ title: null, text: '深入学习贯彻习近平法治思想。' }, 4),
      { title: null, text: '要学习贯彻习近平法治思想。' },
      vocab,
      options,
    );
    expect(
      phrases.every((p) => !p.text.includes('习近平法治思想') || p.text.length > '习近平法治思想'.length),
    ).toBe(true);
    expect(phrases.map((p) => p.text)).not.toContain('习近平法治思想');
  });
});

describe('text units', () => {
  it('cuts sentences with offsets into title and text', () => {
    const s = sentences('标题', '第一句。第二句;尾');
    expect(s.map((x) => [x.field, x.start, x.end])).toEqual([
      ['title', 0, 2],
      ['text', 0, 4],
      ['text', 4, 8],
    ]);
  });
});

describe('document citations', () => {
  const cite = (title: string, relation: Citation['relation'], extra: Partial<Citation> = {}): Citation => ({
    title,
    titleKey: citationTitleKey(title),
    issuer: null,
    docNumber: null,
    relation,
    ...extra,
  });
  const central = makeDocument('ci-c', 'central', NATION, [], {
    title: '中央全面依法治国委员会关于进一步加强市县法治建设的意见',
  });
  const province = makeDocument('ci-p', 'province', region('430000', '湖南省', 'province', []), [], {
    title: '湖南省法治建设实施方案',
    docNumber: '湘发〔2016〕19号',
  });
  const county = makeDocument(
    'ci-k',
    'county',
    region('430212', '渌口区', 'county', ['430000', '430200']),
    [
      {
        path: '一、1.',
        text: '落实《湖南省规范行政裁量权办法》。',
        citations: [cite('湖南省规范行政裁量权办法', 'implements', { issuer: '湖南省人民政府' })],
      },
    ],
    {
      citations: [
        cite('关于进一步加强市县法治建设的意见', 'implements'),
        cite('实施方案', 'implements', { docNumber: '湘发[2016]19 号' }),
        cite('法治中国建设规划(2020—2025年)', 'implements', { issuer: '中共中央' }),
        cite('行政强制法', 'cites'),
      ],
    },
  );
  const resolved = resolveCitations([central, province, county]);

  it('resolves by normalized title and by 文号, and records what a document implements', () => {
    const links = resolved.documentLinks.filter((l) => l.targetDocumentId.startsWith('ci-'));
    expect(links.map((l) => `${l.targetDocumentId}:${l.relation}`).sort()).toEqual([
      'ci-c:implements',
      'ci-p:implements',
    ]);
    expect([...(resolved.implementedBy.get('ci-k') ?? [])].sort()).toEqual(['ci-c', 'ci-p']);
  });

  it('keeps cited documents outside the corpus as referenced documents with an inferred level', () => {
    const byTitle = new Map(resolved.referencedDocuments.map((r) => [r.title, r]));
    expect(byTitle.get('法治中国建设规划(2020—2025年)')?.level).toBe('central');
    expect(byTitle.get('行政强制法')?.level).toBe('central');
    expect(byTitle.get('湖南省规范行政裁量权办法')?.level).toBe('province');
    const plan = byTitle.get('法治中国建设规划(2020—2025年)')!;
    expect(plan.id).toBe(referencedDocumentId(plan.titleKey));
    expect(resolved.documentLinks).toContainEqual({
      sourceDocumentId: 'ci-k',
      targetDocumentId: plan.id,
      relation: 'implements',
      citedTitle: plan.title,
    });
    expect(resolved.documentLinks.find((l) => l.citedTitle === '行政强制法')?.relation).toBe('cites');
  });

  it('infers levels from issuers, 文号 and title prefixes', () => {
    expect(
      inferLevel({ title: '关于全面推进依法治市的实施意见', issuer: '中共株洲市委', docNumber: null }),
    ).toBe('city');
    expect(inferLevel({ title: 'X', issuer: null, docNumber: '国办发〔2021〕1号' })).toBe('central');
    expect(
      inferLevel({
        title: '湖南省贯彻落实〈中共中央关于全面推进依法治国若干重大问题的决定〉的实施方案',
        issuer: null,
        docNumber: null,
      }),
    ).toBe('province');
    expect(inferLevel({ title: '某某办法', issuer: null, docNumber: null })).toBeNull();
  });
});
