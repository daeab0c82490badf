// The five real seed documents: exact outline counts and metadata.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDocumentFile, type ParsedDocument } from '../../src/ingest/index.js';

const SEED = path.resolve(import.meta.dirname, '../../seed/documents');
const files = {
  central: '000_23c3c81618f342d0.txt',
  anshan: '001_de838b033d4409ff.txt',
  shaoxing: '002_908ab00e98212014.txt',
  longquan: '003_d0914789c651349d.txt',
  zhuzhou: '004_72b3b9fd10627f4b.txt',
} as const;

const docs = {} as Record<keyof typeof files, ParsedDocument>;
beforeAll(async () => {
  for (const [key, file] of Object.entries(files))
    docs[key as keyof typeof files] = await parseDocumentFile(path.join(SEED, file));
});

const count = (doc: ParsedDocument, kind: string) => doc.provisions.filter((p) => p.kind === kind).length;
const byPath = (doc: ParsedDocument, p: string) => doc.provisions.find((x) => x.path === p);

describe('central opinions (000, Traditional with pinyin annotations)', () => {
  it('has 4 sections and 20 items', () => {
    expect(count(docs.central, 'section')).toBe(4);
    expect(count(docs.central, 'item')).toBe(20);
    expect(count(docs.central, 'task')).toBe(0);
  });
  it('reads the metadata', () => {
    const d = docs.central;
    expect(d.title).toBe('中央全面依法治国委员会关于进一步加强市县法治建设的意见');
    expect(d.originalTitle).toBe('中央全面依法治國委員會關于進一步加強市縣法治建設的意見');
    expect(d.issuer).toBe('中央全面依法治国委员会');
    expect(d.docNumber).toBeNull();
    expect(d.date).toBeNull();
    expect(d.level).toBe('central');
    expect(d.region?.code).toBe('000000');
    expect(d.script).toBe('traditional');
    expect(d.forwardingNotice).toBeNull();
  });
  it('strips the pinyin and keeps the Traditional original', () => {
    const item = byPath(docs.central, '三、(九)')!;
    expect(item.title).toBe('着力服务市县经济高质量发展');
    expect(item.original.startsWith('(九)著力服務市縣經濟高質量發展。圍繞優化營商環境')).toBe(true);
    expect(docs.central.provisions.every((p) => !/\((guān|shè|zhí)\)/.test(p.original))).toBe(true);
  });
  it('numbers items on across sections and keeps the closing apart', () => {
    expect(
      docs.central.provisions
        .filter((p) => p.kind === 'item')
        .map((p) => p.ordinal)
        .at(-1),
    ).toBe('(二十)');
    expect(byPath(docs.central, '四、(二十)')!.text).not.toContain('中央依法治国办');
    expect(docs.central.closing).toContain('中央依法治国办要加强统筹协调');
  });
});

describe('鞍山 (001, Traditional, printed twice)', () => {
  it('has 8 sections and 138 tasks, counted once', () => {
    expect(count(docs.anshan, 'section')).toBe(8);
    expect(count(docs.anshan, 'task')).toBe(138);
    expect(docs.anshan.warnings.map((w) => w.code)).toContain('REPEATED_TEXT_REMOVED');
  });
  it('reads the metadata past the forwarding notice', () => {
    const d = docs.anshan;
    expect(d.title).toBe('鞍山市贯彻法治中国建设规划实施方案(2021—2025年)');
    expect(d.issuer).toBe('中共鞍山市委');
    expect(d.docNumber).toBe('鞍委发〔2021〕25号');
    expect(d.id).toBe('doc-鞍委发-2021-25');
    expect(d.date).toBe('2021-12-10');
    expect(d.level).toBe('city');
    expect(d.region).toEqual({ code: '210300', name: '鞍山市', level: 'city', ancestors: ['210000'] });
    expect(d.forwardingNotice).toContain('现将《鞍山市贯彻法治中国建设规划实施方案(2021—2025年)》印发给你们');
    expect(d.preamble?.startsWith('为深入贯彻落实《法治中国建设规划(2020—2025年)》精神')).toBe(true);
  });
  it('restarts task numbers per section', () => {
    const tasks = (section: string) =>
      docs.anshan.provisions.filter((p) => p.kind === 'task' && p.path.startsWith(section)).length;
    expect([
      tasks('二、'),
      tasks('三、'),
      tasks('四、'),
      tasks('五、'),
      tasks('六、'),
      tasks('七、'),
      tasks('八、'),
    ]).toEqual([7, 17, 51, 23, 17, 8, 15]);
    const task = byPath(docs.anshan, '四、(一)3.')!;
    expect(task.id).toBe('doc-鞍委发-2021-25:四、(一)3.');
    expect(task.parentPath).toBe('四、(一)');
    expect(task.text.startsWith('严格执行国务院《重大行政决策程序暂行条例》')).toBe(true);
  });
  it('takes unit annotations out of the text', () => {
    const task = byPath(docs.anshan, '二、(一)2.')!;
    expect(task.text).toBe(
      '出台的地方性法规、政府规章,出台的决议、决定和规范性文件,都不得同宪法和法律相抵触。',
    );
    expect(task.units.map((u) => u.name)).toContain('市司法局');
    expect(task.original.endsWith('〔責任單位:市人大各專門委員會、市司法局,各縣(市)區、開發區〕')).toBe(true);
  });
});

describe('绍兴 (002, notice without a title line)', () => {
  it('has 8 sections, 32 items and the 7 —— principles', () => {
    expect(count(docs.shaoxing, 'section')).toBe(8);
    expect(count(docs.shaoxing, 'item')).toBe(32);
    expect(count(docs.shaoxing, 'bullet')).toBe(7);
    expect(byPath(docs.shaoxing, '一、(三)——1')!.title).toBe('坚持党的领导');
  });
  it('takes the title from the notice', () => {
    const d = docs.shaoxing;
    expect(d.title).toBe('法治绍兴建设规划(2021—2025年)');
    expect(d.issuer).toBe('中共绍兴市委全面依法治市委员会');
    expect(d.date).toBe('2021-05-27');
    expect(d.docNumber).toBeNull();
    expect(d.level).toBe('city');
    expect(d.region?.code).toBe('330600');
    expect(d.script).toBe('simplified');
  });
  it('keeps 目标: lines as the section text', () => {
    expect(
      byPath(docs.shaoxing, '二、')!.text.startsWith('目标:党的领导贯彻到法治绍兴建设的全过程和各方面'),
    ).toBe(true);
    expect(byPath(docs.shaoxing, '八、(二十九)')!.title).toBe('健全法治监督机制,加强对权力运行的制约和监督');
  });
});

describe('龙泉 (003, PDF scrape on a portal)', () => {
  it('has 3 sections, 11 items and 23 tasks', () => {
    expect(count(docs.longquan, 'section')).toBe(3);
    expect(count(docs.longquan, 'item')).toBe(11);
    expect(count(docs.longquan, 'task')).toBe(23);
  });
  it('reads the metadata without the portal chrome', () => {
    const d = docs.longquan;
    expect(d.title).toBe('关于全面推进乡镇(街道)法治化综合改革的实施方案(征求意见稿)');
    expect(d.issuer).toBeNull();
    expect(d.date).toBeNull();
    expect(d.level).toBe('county');
    expect(d.region).toEqual({
      code: '331181',
      name: '龙泉市',
      level: 'county',
      ancestors: ['330000', '331100'],
    });
  });
  it('removes page numbers and line-wrap spaces, keeps 2025年 together', () => {
    const goals = byPath(docs.longquan, '一、(二)')!;
    expect(goals.title).toBe('主要目标');
    expect(goals.text).toContain(
      '通过全面推进乡镇(街道)法治化综合改革,到2025年,党对乡镇(街道)法治建设的领导全面加强',
    );
    expect(goals.text).toContain('矛盾纠纷就地化解率达到90%');
    expect(docs.longquan.provisions.some((p) => /-\s?\d+\s?-/.test(p.original))).toBe(false);
    const task = byPath(docs.longquan, '二、(五)18.')!;
    expect(task.title).toBe('加强基层法治人才队伍建设');
    expect(task.text).toContain('迭代升级“1411”体系');
    expect(task.text).toContain('至少具有1名法学本科以上学历工作人员');
  });
});

describe('株洲县 (004, portal page)', () => {
  it('has 7 sections and 77 tasks numbered on', () => {
    expect(count(docs.zhuzhou, 'section')).toBe(7);
    expect(count(docs.zhuzhou, 'task')).toBe(77);
    expect(byPath(docs.zhuzhou, '七、(三)77.')!.title).toBe('建立健全工作机制');
  });
  it('reads the metadata', () => {
    const d = docs.zhuzhou;
    expect(d.title).toBe('关于全面推进法治渌湘建设的实施意见');
    expect(d.issuer).toBe('中共株洲县委');
    expect(d.docNumber).toBe('株县发〔2015〕1号');
    expect(d.id).toBe('doc-株县发-2015-1');
    expect(d.date).toBe('2015-01-26');
    expect(d.level).toBe('county');
    expect(d.region?.code).toBe('430212');
    expect(d.warnings.map((w) => w.code)).toContain('CHROME_REMOVED');
  });
});

describe('every seed document', () => {
  it('has unique provision ids derived from the document id and the path', () => {
    for (const doc of Object.values(docs)) {
      const ids = doc.provisions.map((p) => p.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const p of doc.provisions) expect(p.id).toBe(`${doc.id}:${p.path}`);
    }
  });
  it('records the source', () => {
    expect(docs.anshan.source).toMatchObject({
      file: files.anshan,
      format: 'txt',
      encoding: 'utf-8',
      url: null,
    });
    expect(docs.anshan.source.sha256).toBe(
      '431c0b0c084330ddc4fe9577402773f584eb2abb3dd2b385356d6b4ea5a3ff94',
    );
  });
});
