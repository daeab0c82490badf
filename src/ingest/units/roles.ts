// Reads one unit list into names with roles. Markers printed in the list win (X、Y共同牵头,Z →
// co-lead, co-lead, support); otherwise the label (牵头单位 / 配合单位) or the document's rule
// decides; with no rule stated every listed unit leads.
import type { UnitRole } from '../../domain.js';
import { splitOutsideBrackets } from './brackets.js';
import type { AnnotationSegment } from './annotation.js';
import { stripRuleStatements } from './annotation.js';
import {
  hasOwnLevelPrefix,
  isCollectiveName,
  looksLikeUnit,
  normalizeUnitName,
  splitCompoundName,
} from './names.js';
import { ROLE_MARKER } from './markers.js';
import type { UnitRule } from './rule.js';

export interface ListedUnit {
  name: string;
  role: UnitRole;
  collective: boolean;
}

type Marker = 'joint' | 'separate' | 'lead' | 'support';

const markerOf = (word: string): Marker | null => {
  switch (word) {
    case '共同牵头':
    case '联合牵头':
      return 'joint';
    case '分别牵头':
      return 'separate';
    case '牵头负责':
    case '牵头抓总':
    case '牵头':
      return 'lead';
    case '配合':
    case '参与':
    case '协办':
    case '协助':
      return 'support';
    default:
      return null;
  }
};

interface Item {
  name: string;
  /** A role printed with this one name: 市司法局(牵头). */
  marker: Marker | null;
}

interface Group {
  items: Item[];
  marker: Marker | null;
}

const ITEM_MARKER = /[(（](牵头单位|牵头|主责|配合单位|配合|协办|参与)[)）]$/;
const LEVEL_PREFIX = /^(中共|中央|国家|省|市|县|区|州|盟|旗|镇|乡|团|各)/;

/**
 * Splits one printed item at spaces only where a new unit name starts (市司法局 市财政局);
 * other spaces are line wraps inside a name (市委依法治市 办) and are dropped.
 */
function splitAtSpaces(item: string): string[] {
  const parts = item.split(/[\s\u3000]+/).filter((p) => p.length > 0);
  const names: string[] = [];
  for (const part of parts) {
    const last = names.length - 1;
    if (
      last >= 0 &&
      !(LEVEL_PREFIX.test(part) && looksLikeUnit(normalizeUnitName(names[last])) && part.length >= 3)
    ) {
      names[last] += part;
    } else names.push(part);
  }
  return names;
}

/** Comma-separated groups of 、-separated names, each with the role marker that closes it. */
function groupsOf(list: string): Group[] {
  const groups: Group[] = [];
  for (const chunk of splitOutsideBrackets(stripRuleStatements(list), ',，;；。\n')) {
    let text = chunk.trim();
    const m = ROLE_MARKER.exec(text.replace(/[\s\u3000]+$/, ''));
    const marker = m ? markerOf(m[1]) : null;
    if (m) text = text.slice(0, m.index);
    const items: Item[] = [];
    for (const printed of splitOutsideBrackets(text, '、/').flatMap(splitAtSpaces)) {
      const itemMarker = ITEM_MARKER.exec(printed);
      const bare = itemMarker ? printed.slice(0, itemMarker.index) : printed;
      for (const name of splitCompoundName(normalizeUnitName(bare))) {
        if (name.length > 0)
          items.push({ name, marker: itemMarker ? markerOf(itemMarker[1].replace('单位', '')) : null });
      }
    }
    if (items.length > 0 || marker) groups.push({ items, marker });
  }
  return groups;
}

const roleForMarker = (marker: Marker, count: number): UnitRole => {
  switch (marker) {
    case 'joint':
      return count > 1 ? 'co-lead' : 'lead';
    case 'separate':
      return 'lead';
    case 'lead':
      return count > 1 ? 'co-lead' : 'lead';
    case 'support':
      return 'support';
    default: {
      const unreachable: never = marker;
      return unreachable;
    }
  }
};

function roleByRule(rule: UnitRule, index: number, count: number): UnitRole {
  switch (rule.kind) {
    case 'first-listed-lead':
      return index === 0 ? 'lead' : 'support';
    case 'joint-lead':
      return count > 1 ? 'co-lead' : 'lead';
    case 'separate-lead':
    case 'none':
      return 'lead';
    default: {
      const unreachable: never = rule.kind;
      return unreachable;
    }
  }
}

const NAMED_LEAD = /[(（]([^()（）]{2,40}?)(?:牵头|为牵头单位|负责牵头)[)）]$/;

/** Units of one annotation segment, in printed order, roles resolved. */
export function readUnitList(segment: AnnotationSegment, rule: UnitRule): ListedUnit[] {
  // 市司法局、市委政法委(市司法局牵头): the lead named in a closing note.
  const note = NAMED_LEAD.exec(segment.list.trimEnd());
  if (note) {
    const leads = splitOutsideBrackets(note[1], '、,，').map(normalizeUnitName);
    const listed = readUnitList({ ...segment, list: segment.list.trimEnd().slice(0, note.index) }, rule);
    if (leads.every((l) => listed.some((u) => u.name === l))) {
      return listed.map((u) => ({
        ...u,
        role: leads.includes(u.name) ? (leads.length > 1 ? 'co-lead' : 'lead') : 'support',
      }));
    }
  }
  const groups = groupsOf(segment.list);
  const named = groups.filter((g) => g.items.length > 0);
  const hasLeadMarker = groups.some(
    (g) =>
      (g.marker !== null && g.marker !== 'support') ||
      g.items.some((i) => i.marker !== null && i.marker !== 'support'),
  );
  // A marker standing alone ("…,共同牵头") applies to the group before it.
  for (let i = 1; i < groups.length; i++) {
    if (groups[i].items.length === 0 && groups[i].marker && !groups[i - 1].marker)
      groups[i - 1].marker = groups[i].marker;
  }

  const units: ListedUnit[] = [];
  const total = named.reduce((n, g) => n + g.items.length, 0);
  let position = 0;
  for (const group of named) {
    let collectiveRun: boolean = false;
    for (const { name, marker } of group.items) {
      let role: UnitRole;
      if (marker) role = roleForMarker(marker, 1);
      else if (group.marker) role = roleForMarker(group.marker, group.items.length);
      else if (hasLeadMarker) role = 'support';
      else if (segment.labelRole === 'lead') role = total > 1 ? 'co-lead' : 'lead';
      else if (segment.labelRole === 'support') role = 'support';
      else role = roleByRule(rule, position, total);
      // 各县(市)区、开发区: 各 distributes over the names that follow it in the same run.
      const ownCollective: boolean = isCollectiveName(name);
      const collective: boolean = ownCollective || (collectiveRun && !hasOwnLevelPrefix(name));
      collectiveRun = ownCollective ? /^(全\S)?各/.test(name) || collectiveRun : collectiveRun && collective;
      units.push({ name, role, collective });
      position++;
    }
  }
  return units;
}
