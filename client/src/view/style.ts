// The Cytoscape.js stylesheet: shape and colour by kind of node (events by CAMEO quad class),
// size and label from the fields state/appearance.ts derives, and the classes the explorer
// sets (hidden, filtered, pinned, path, chain, more).
import type cytoscape from 'cytoscape';

export const QUAD_COLOURS: Record<number, string> = {
  1: '#22c55e',
  2: '#15803d',
  3: '#f97316',
  4: '#dc2626',
};

export const CATEGORY_COLOURS: Record<string, string> = {
  PERSON: '#2563eb',
  ORGANIZATION: '#7c3aed',
  MEDIA: '#0891b2',
  GROUP: '#92400e',
  COUNTRY: '#e2e8f0',
  PLACE: '#78716c',
  EVENT: '#f97316',
  CLAIM: '#fde047',
  ARTICLE: '#cbd5e1',
};

// DejaVu Sans and Noto carry Arabic on Linux; Segoe UI and Geeza on Windows and macOS.
const FONT = '"Noto Sans", "Noto Sans Arabic", "Segoe UI", "Geeza Pro", "DejaVu Sans", system-ui, sans-serif';

export const stylesheet: cytoscape.StylesheetStyle[] = [
  {
    selector: 'node',
    style: {
      label: 'data(_label)',
      width: 'data(_size)',
      height: 'data(_size)',
      'font-family': FONT,
      'font-size': 11,
      color: '#1e293b',
      'text-valign': 'bottom',
      'text-halign': 'center',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      // Lines are broken by state/appearance.ts (with right-to-left marks per line); Cytoscape
      // must not break them again.
      'text-max-width': '1000px',
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      'min-zoomed-font-size': 7,
      'background-color': '#64748b',
      'border-width': 1.5,
      'border-color': '#ffffff',
    },
  },
  {
    selector: 'node[type="ACTOR"]',
    style: { 'background-color': CATEGORY_COLOURS.PERSON!, shape: 'ellipse' },
  },
  {
    selector: 'node[entityType="ORGANIZATION"]',
    style: { 'background-color': CATEGORY_COLOURS.ORGANIZATION!, shape: 'round-rectangle' },
  },
  {
    selector: 'node[entityType="MEDIA"]',
    style: { 'background-color': CATEGORY_COLOURS.MEDIA!, shape: 'round-tag' },
  },
  {
    selector: 'node[entityType="GROUP"]',
    style: { 'background-color': CATEGORY_COLOURS.GROUP!, shape: 'round-hexagon' },
  },
  {
    selector: 'node[type="COUNTRY"]',
    style: {
      'background-color': CATEGORY_COLOURS.COUNTRY!,
      'border-color': '#475569',
      'border-width': 2,
      shape: 'ellipse',
    },
  },
  {
    selector: 'node[type="PLACE"]',
    style: { 'background-color': CATEGORY_COLOURS.PLACE!, shape: 'round-triangle' },
  },
  {
    selector: 'node[type="EVENT"]',
    style: { shape: 'diamond', 'background-color': CATEGORY_COLOURS.EVENT! },
  },
  ...[1, 2, 3, 4].map((q) => ({
    selector: `node[type="EVENT"][quadClass=${q}]`,
    style: { 'background-color': QUAD_COLOURS[q]! },
  })),
  {
    selector:
      'node[type="EVENT"][mode="denied"], node[type="EVENT"][mode="possible"], node[type="EVENT"][mode="planned"]',
    style: { 'border-style': 'dashed', 'border-color': '#334155', 'border-width': 2 },
  },
  {
    selector: 'node[type="CLAIM"]',
    style: {
      shape: 'rhomboid',
      width: 44,
      height: 26,
      'background-color': CATEGORY_COLOURS.CLAIM!,
      'border-color': '#a16207',
      'border-width': 1.5,
      'font-size': 10,
    },
  },
  {
    selector: 'node[type="ARTICLE"]',
    style: {
      shape: 'rectangle',
      'background-color': CATEGORY_COLOURS.ARTICLE!,
      'border-color': '#64748b',
      'border-width': 1,
    },
  },
  {
    selector: 'node.more',
    style: {
      shape: 'round-rectangle',
      width: 'data(_w)',
      height: 20,
      'background-color': '#f8fafc',
      'border-color': '#64748b',
      'border-style': 'dashed',
      'border-width': 1,
      'text-valign': 'center',
      'text-margin-y': 0,
      'font-size': 10,
      color: '#334155',
    },
  },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'curve-style': 'bezier',
      'line-color': '#94a3b8',
      'target-arrow-color': '#94a3b8',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      label: 'data(label)',
      'font-family': FONT,
      'font-size': 9,
      color: '#475569',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
      // Edge labels only once zoomed in enough to read them; keeps big graphs fast and legible.
      'min-zoomed-font-size': 8,
    },
  },
  {
    selector: 'edge[type="SOURCE"], edge[type="TARGET"]',
    style: { 'line-color': '#475569', 'target-arrow-color': '#475569' },
  },
  { selector: 'edge[type="SAID_BY"]', style: { 'line-color': '#ca8a04', 'target-arrow-color': '#ca8a04' } },
  {
    selector: 'edge[type="VIA"]',
    style: { 'line-color': '#ca8a04', 'target-arrow-color': '#ca8a04', 'line-style': 'dashed' },
  },
  { selector: 'edge[type="AT"], edge[type="REPORTED_IN"]', style: { 'line-style': 'dotted' } },
  {
    selector: 'edge[type="AFFILIATED_WITH"]',
    style: { 'line-color': '#cbd5e1', 'target-arrow-color': '#cbd5e1' },
  },
  { selector: 'edge.more-link', style: { 'line-style': 'dashed', 'target-arrow-shape': 'none', label: '' } },
  {
    selector: 'edge.chain',
    style: {
      width: 4,
      'line-color': '#b45309',
      'target-arrow-color': '#b45309',
      'target-arrow-shape': 'triangle',
      'curve-style': 'unbundled-bezier',
      'control-point-distances': [30],
      'control-point-weights': [0.5],
      label: 'data(label)',
      color: '#92400e',
      'font-weight': 'bold',
      'z-index': 20,
    },
  },
  { selector: 'node.chain-member', style: { 'border-color': '#b45309', 'border-width': 4 } },
  { selector: '.faded', style: { opacity: 0.22 } },
  { selector: 'node.on-path', style: { 'border-color': '#e11d48', 'border-width': 5, opacity: 1 } },
  {
    selector: 'edge.on-path',
    style: { 'line-color': '#e11d48', 'target-arrow-color': '#e11d48', width: 4, opacity: 1, 'z-index': 10 },
  },
  {
    selector: 'node.pinned',
    style: { 'border-style': 'double', 'border-width': 5, 'border-color': '#0f172a' },
  },
  {
    selector: 'node:selected',
    style: { 'border-color': '#0284c7', 'border-width': 5, 'overlay-opacity': 0 },
  },
  {
    selector: 'edge:selected',
    style: { 'line-color': '#0284c7', 'target-arrow-color': '#0284c7', width: 4 },
  },
  { selector: '.hidden, .filtered', style: { display: 'none' } },
];
