// The Cytoscape.js stylesheet. What differs by kind of node or edge (shape, colour, size, label,
// line) is data that state/appearance.ts derives, mapped by one rule each for nodes and edges;
// the other rules are the classes the explorer sets (labelled, full, hidden, filtered, pinned,
// path, chain, more) and selection. Few rules, and few properties in the rules every element
// gets, keep styling thousands of elements fast.
import type cytoscape from 'cytoscape';

// DejaVu Sans and Noto carry Arabic on Linux; Segoe UI and Geeza on Windows and macOS.
const FONT = '"Noto Sans", "Noto Sans Arabic", "Segoe UI", "Geeza Pro", "DejaVu Sans", system-ui, sans-serif';

export const stylesheet: cytoscape.StylesheetStyle[] = [
  // Cytoscape styles an element property by property, each with its own bookkeeping, so the
  // rules every node and edge get hold only what draws its shape or line. Labels come with the
  // class `labelled` (every element of a small view; in a big one those in view once zoomed in:
  // view/graph-view.ts), curves and arrows with `full` (views of up to 1,500 edges).
  {
    selector: 'node',
    style: {
      width: 'data(_w)',
      height: 'data(_h)',
      shape: 'data(_shape)' as cytoscape.Css.NodeShape,
      'background-color': 'data(_color)',
      'border-color': 'data(_border)',
      'border-width': 'data(_borderWidth)',
      'border-style': 'data(_borderStyle)' as cytoscape.Css.LineStyle,
    },
  },
  {
    selector: 'node.labelled, node.more',
    style: {
      label: 'data(_label)',
      'font-family': FONT,
      'font-size': 11,
      color: '#1e293b',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      // Lines are broken by state/appearance.ts (with right-to-left marks per line); Cytoscape
      // must not break them again.
      'text-max-width': '1000px',
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      'min-zoomed-font-size': 7,
    },
  },
  {
    selector: 'node.more',
    style: {
      shape: 'round-rectangle',
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
      'curve-style': 'haystack',
      'line-color': 'data(_color)',
      'line-style': 'data(_line)' as cytoscape.Css.LineStyle,
    },
  },
  {
    selector: 'edge.full',
    style: {
      'curve-style': 'bezier',
      'target-arrow-color': 'data(_color)',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
    },
  },
  {
    selector: 'edge.labelled, edge.chain',
    style: {
      label: 'data(label)',
      'font-family': FONT,
      'font-size': 9,
      color: '#475569',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
      // Even where labelled, drawn only once big enough to read.
      'min-zoomed-font-size': 8,
    },
  },
  {
    selector: 'edge.more-link',
    style: { 'line-style': 'dashed', 'line-color': '#94a3b8' },
  },
  { selector: '.faded', style: { opacity: 0.22 } },
  {
    selector: 'edge.chain',
    style: {
      width: 4,
      'line-color': '#b45309',
      'line-style': 'solid',
      'target-arrow-color': '#b45309',
      'target-arrow-shape': 'triangle',
      'curve-style': 'unbundled-bezier',
      'control-point-distances': [30],
      'control-point-weights': [0.5],
      color: '#92400e',
      'font-weight': 'bold',
      'z-index': 20,
      opacity: 1,
    },
  },
  // A claim's chain and the selection stay in full colour over a highlighted path.
  { selector: 'node.chain-member', style: { 'border-color': '#b45309', 'border-width': 4, opacity: 1 } },
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
    style: { 'border-color': '#0284c7', 'border-width': 5, 'overlay-opacity': 0, opacity: 1 },
  },
  {
    selector: 'edge:selected',
    style: { 'line-color': '#0284c7', 'target-arrow-color': '#0284c7', width: 4, opacity: 1 },
  },
  { selector: '.hidden, .filtered', style: { display: 'none' } },
];
