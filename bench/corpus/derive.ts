// Derives one lower-level plan from its parent plan: keeps most sections and groups, samples and
// restates their provisions in the region's words and its own numbering, assigns the region's
// units, drops some, adds local tasks. Every provision records the higher provisions it restates.
import type { GovernmentLevel } from '../../src/domain.js';
import type { Provision, ProvisionSchema } from '../../src/ingest/schema.js';
import type { z } from 'zod';
import type { DraftProvision, ProvisionAnnotator, TruthStrength } from './draft.js';
import { isBoilerplateHeading } from './draft.js';
import { LOCAL_SECTION_TITLES, localTask } from './local-tasks.js';
import { pickNumberingStyle } from './numbering.js';
import { paraphrase, paraphraseHeading, splitSentences } from './paraphrase.js';
import type { Random } from './prng.js';
import { readSources, type Source, type SourceGroup } from './sources.js';
import type { PlanDraft } from './draft.js';
import { assignDepartments, printUnits, renderUnits, type UnitNaming } from './units.js';

export interface DeriveRegion {
  code: string;
  name: string;
  shortName: string;
  level: GovernmentLevel;
}

export interface DeriveInput {
  documentId: string;
  region: DeriveRegion;
  parent: PlanDraft;
  annotate: ProvisionAnnotator;
  provisionsPerPlan: number;
  random: Random;
}

type ProvisionKind = z.infer<typeof ProvisionSchema>['kind'];

interface Emit {
  depth: number;
  kind: ProvisionKind;
  ordinal: { printed: string; normalized: string };
  ordinalNumber: number;
  parentPath: string | null;
  title: string | null;
  text: string;
  lineage: readonly string[];
  strength: TruthStrength;
  departments: readonly string[];
}

const lineageOf = (anchors: readonly DraftProvision[]): string[] => [
  ...new Set(anchors.flatMap((a) => [a.provision.id, ...a.lineage])),
];
const strengthOf = (anchors: readonly DraftProvision[]): TruthStrength =>
  anchors.every((a) => a.strength === 'partial') ? 'partial' : 'strong';

/** The opening clause of a text, as the heading a plan gives a group that had none. */
const headingFrom = (text: string): string => (text.split(/[，,。；]/)[0] ?? text).slice(0, 30);

export function derivePlan(input: DeriveInput): DraftProvision[] {
  const { random, region } = input;
  const style = pickNumberingStyle(random);
  const naming: UnitNaming = random.chance(0.5) ? 'regional' : 'short';
  const unitStyle = random.chance(0.6) ? 'bracket' : 'lead-support';
  const sections = readSources(input.parent);

  const groupCount = sections.reduce((n, s) => n + s.groups.length, 0);
  const sourceCount = sections.reduce((n, s) => n + s.groups.reduce((m, g) => m + g.sources.length, 0), 0);
  // Aim at `provisionsPerPlan`: restate enough of the parent, then fill up with local tasks.
  const headings = sections.length + (style.itemLevel ? groupCount : 0);
  const keep = Math.min(
    0.95,
    Math.max(0.3, (input.provisionsPerPlan - headings - groupCount * 0.5 - 4) / Math.max(1, sourceCount)),
  );
  const localsPerGroup = Math.max(
    0.5,
    (input.provisionsPerPlan - headings - keep * sourceCount - 4) / Math.max(1, groupCount),
  );

  const out: DraftProvision[] = [];
  const ctx = { level: region.level, regionShortName: region.shortName };
  const unitCtx = { level: region.level, regionName: region.name, regionCode: region.code, naming };

  const push = (e: Emit): string => {
    const parentPrefix = e.parentPath ?? '';
    const path = `${parentPrefix}${e.ordinal.normalized}`;
    const isTask = e.kind === 'task';
    const assignment = isTask ? assignDepartments(e.departments, random) : null;
    const units = assignment ? renderUnits(assignment, unitCtx, random) : [];
    const title = e.title;
    const { concepts, targets } = input.annotate({ title, text: e.text });
    const body = title ? `${title}${e.text ? '。' : ''}${e.text}` : e.text;
    const provision: Provision = {
      id: `${input.documentId}:${path}`,
      path,
      parentPath: e.parentPath,
      kind: e.kind,
      ordinal: e.ordinal.normalized,
      ordinalNumber: e.ordinalNumber,
      order: out.length,
      depth: e.depth,
      title,
      text: e.text,
      original: `${e.ordinal.printed}${body}${printUnits(units, unitStyle)}`,
      units,
      targets,
      concepts,
      citations: [],
    };
    out.push({
      provision,
      lineage: e.lineage,
      strength: e.strength,
      departments: assignment?.departments ?? [],
    });
    return path;
  };

  let taskCounter = 0;
  // Task numbers restart under each item (or each section when there are no items), or run on
  // through the plan (continuousTasks).
  const emitTasks = (sources: readonly Source[], parentPath: string, depth: number, boilerplate: boolean) => {
    const kept = sources.filter(() => random.chance(keep));
    for (let i = 0; i < kept.length; i++) {
      const departments = kept[i].departments;
      let anchors = kept[i].anchors;
      let text = paraphrase(kept[i].text, ctx, random);
      if (i + 1 < kept.length && random.chance(0.08)) {
        // Two parent provisions restated as one task.
        anchors = [...anchors, ...kept[i + 1].anchors];
        text += paraphrase(kept[i + 1].text, ctx, random);
        i++;
      }
      const pieces = splitSentences(text);
      // A long restatement is sometimes split into two tasks with the same lineage.
      const parts =
        pieces.length >= 3 && random.chance(0.12) ? [pieces.slice(0, 1), pieces.slice(1)] : [pieces];
      for (const part of parts) {
        taskCounter++;
        push({
          depth,
          kind: 'task',
          ordinal: style.task(taskCounter),
          ordinalNumber: taskCounter,
          parentPath,
          title: null,
          text: part.join(''),
          lineage: lineageOf(anchors),
          strength: boilerplate ? 'partial' : strengthOf(anchors),
          departments,
        });
      }
    }
    const locals = random.int(0, Math.round(localsPerGroup * 2));
    for (let j = 0; j < locals; j++) emitLocal(parentPath, depth);
  };

  const emitLocal = (parentPath: string, depth: number) => {
    taskCounter++;
    push({
      depth,
      kind: 'task',
      ordinal: style.task(taskCounter),
      ordinalNumber: taskCounter,
      parentPath,
      title: null,
      text: localTask(region.shortName, random),
      lineage: [],
      strength: 'none',
      departments: [],
    });
  };

  let sectionNumber = 0;
  for (const [index, section] of sections.entries()) {
    if (index > 0 && !random.chance(0.95)) continue;
    const sectionTitle = section.heading.provision.title ?? headingFrom(section.heading.provision.text);
    const boilerplateSection = isBoilerplateHeading(sectionTitle);
    sectionNumber++;
    const sectionPath = push({
      depth: 0,
      kind: 'section',
      ordinal: style.section(sectionNumber),
      ordinalNumber: sectionNumber,
      parentPath: null,
      title: paraphraseHeading(sectionTitle, region.level, random),
      text: '',
      lineage: lineageOf([section.heading]),
      strength: 'partial',
      departments: [],
    });
    let itemNumber = 0;
    if (!style.continuousTasks) taskCounter = 0;
    for (const group of section.groups) {
      if (!random.chance(0.92)) continue;
      const boilerplate = boilerplateSection || isBoilerplateHeading(group.heading?.provision.title ?? null);
      if (!style.itemLevel) {
        emitTasks(group.sources, sectionPath, 1, boilerplate);
        continue;
      }
      itemNumber++;
      taskCounter = 0;
      const itemPath = push({
        depth: 1,
        kind: 'item',
        ordinal: style.item(itemNumber),
        ordinalNumber: itemNumber,
        parentPath: sectionPath,
        ...itemHeading(group, region.level, random),
        text: '',
        strength: boilerplate || !group.heading ? 'partial' : strengthOf([group.heading]),
        departments: [],
      });
      emitTasks(group.sources, itemPath, 2, boilerplate);
    }
  }

  if (random.chance(0.7)) {
    sectionNumber++;
    const sectionPath = push({
      depth: 0,
      kind: 'section',
      ordinal: style.section(sectionNumber),
      ordinalNumber: sectionNumber,
      parentPath: null,
      title: random.pick(LOCAL_SECTION_TITLES).replace('{name}', region.shortName),
      text: '',
      lineage: [],
      strength: 'none',
      departments: [],
    });
    taskCounter = 0;
    const count = random.int(3, 6);
    for (let j = 0; j < count; j++) emitLocal(sectionPath, 1);
  }
  return out;
}

function itemHeading(
  group: SourceGroup,
  level: GovernmentLevel,
  random: Random,
): { title: string; lineage: string[] } {
  if (group.heading) {
    const title = group.heading.provision.title ?? headingFrom(group.heading.provision.text);
    return { title: paraphraseHeading(title, level, random), lineage: lineageOf([group.heading]) };
  }
  const first = group.sources[0];
  return {
    title: paraphraseHeading(headingFrom(first.text), level, random),
    lineage: lineageOf(first.anchors),
  };
}
