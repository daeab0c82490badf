// Cytoscape stylesheet: nodes coloured by government level, referenced-only documents dashed,
// IMPLEMENTS edges as wide as their score.
import type { StylesheetJson } from 'cytoscape';

export const GRAPH_STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(color)',
      label: 'data(label)',
      color: '#1b1b1b',
      'font-size': 12,
      'text-wrap': 'wrap',
      'text-max-width': '120px',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      width: 26,
      height: 26,
      'border-width': 2,
      'border-color': '#ffffff',
    },
  },
  { selector: 'node.document', style: { shape: 'round-rectangle', width: 34, height: 24 } },
  { selector: 'node.unit', style: { shape: 'diamond', 'background-color': '#455a64' } },
  { selector: 'node.concept', style: { shape: 'hexagon', 'background-color': '#00838f' } },
  { selector: 'node.region', style: { shape: 'tag', 'background-color': '#8d6e63' } },
  {
    selector: 'node.referenced-only',
    style: {
      'background-opacity': 0.25,
      'border-style': 'dashed',
      'border-color': 'data(color)',
      'border-width': 3,
    },
  },
  {
    // The root's label sits above it, clear of the edges fanning out below.
    selector: 'node.root',
    style: {
      width: 40,
      height: 40,
      'border-color': '#ffd600',
      'border-width': 4,
      'font-weight': 'bold',
      'text-valign': 'top',
      'text-margin-y': -4,
    },
  },
  {
    // A document in the cascade: a box tinted in its level's colour, titled by level, place and
    // document, holding that document's provisions side by side on its level's row.
    selector: 'node.doc-group',
    style: {
      shape: 'round-rectangle',
      'background-color': 'data(color)',
      'background-opacity': 0.07,
      'border-color': 'data(color)',
      'border-width': 1.5,
      'border-style': 'solid',
      padding: '12px',
      label: 'data(label)',
      color: '#1b1b1b',
      'font-size': 13,
      'font-weight': 'bold',
      'text-valign': 'top',
      'text-halign': 'center',
      'text-margin-y': -4,
      'text-wrap': 'wrap',
      'text-overflow-wrap': 'anywhere',
      'text-max-width': '260px',
      // Titles stay legible where implementation edges cross them.
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      'compound-sizing-wrt-labels': 'include',
    },
  },
  {
    // Inside a group the label is the provision's path and short title, wrapped into lines.
    selector: 'node.grouped',
    style: {
      'font-size': 13,
      'text-wrap': 'wrap',
      'text-overflow-wrap': 'anywhere',
      'text-max-width': '104px',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      width: 22,
      height: 22,
    },
  },
  {
    // The root's label stays above it, clear of the edges fanning out below.
    selector: 'node.root.grouped',
    style: { width: 34, height: 34, 'text-valign': 'top', 'text-margin-y': -4 },
  },
  {
    selector: 'node:selected',
    style: { 'border-color': '#000000', 'border-width': 4, 'overlay-opacity': 0.08 },
  },
  { selector: 'node.expanded', style: { 'border-style': 'double', 'border-width': 5 } },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': '#9e9e9e',
      'target-arrow-color': '#9e9e9e',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      'arrow-scale': 0.8,
    },
  },
  {
    selector: 'edge.implements',
    style: { 'line-color': '#5c6bc0', 'target-arrow-color': '#5c6bc0', opacity: 0.85 },
  },
  {
    selector: 'edge.implements_doc',
    style: { 'line-color': '#3949ab', 'target-arrow-color': '#3949ab', 'line-style': 'dashed' },
  },
  {
    selector: 'edge.assigned_to',
    style: { 'line-style': 'dashed', 'line-color': '#78909c', 'target-arrow-color': '#78909c' },
  },
  { selector: 'edge.cites, edge.similar_to', style: { 'line-style': 'dotted' } },
  { selector: 'edge:selected', style: { 'line-color': '#000000', 'target-arrow-color': '#000000' } },
  { selector: '.hidden', style: { display: 'none' } },
];
