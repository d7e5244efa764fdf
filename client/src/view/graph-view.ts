// The Cytoscape.js canvas: keeps the drawn elements equal to the explorer's state (state/graph.ts)
// by adding, removing and re-classing only what changed, places new neighbours without a full
// layout, and runs the layouts the analyst picks.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { drawData, edgeDrawData } from '../state/appearance.ts';
import type { ClaimChain } from '../state/claim-chain.ts';
import type { NodeData } from '../state/elements.ts';
import { moreCounts, type GraphState, type Position } from '../state/graph.ts';
import { centroid, fanOut, fillGaps } from '../state/placement.ts';
import { radialLayout } from '../state/radial.ts';
import type { LabelLang, LayoutName } from '../state/url.ts';
import {
  EDGE_LABEL_ZOOM,
  fitViewport,
  inView,
  NODE_LABEL_ZOOM,
  nodeBox,
  union,
  type Box,
} from '../state/viewport.ts';
import { stylesheet } from './style.ts';

cytoscape.use(fcose);

export interface GraphHandlers {
  /** The selected nodes and edges changed (click, shift-click, background click). */
  onSelectionChange(ids: string[]): void;
  /** Double click on a node: expand it. */
  onActivate(id: string): void;
  /** Click on a "+N more" badge. */
  onMore(anchor: string): void;
  /** A pinned node was dragged to a new place. */
  onMoved(id: string, at: Position): void;
}

export interface SyncOptions {
  filtered: ReadonlySet<string>;
  lang: LabelLang;
  chain: ClaimChain | null;
  /** Where new nodes come from: fanned out around this node (expand, more). */
  around?: string | null;
  /**
   * The view is to be laid out anew with this layout, from these roots (the first present is
   * the centre). A big view laid out radially gets its positions as its nodes are added.
   */
  layout?: { name: LayoutName; roots: readonly string[] } | null;
}

export interface SyncResult {
  added: string[];
  /** New nodes that got no position from placement: a layout must place them. */
  unplaced: number;
  /** The layout asked for is done: every visible node has its place (the view is not fitted yet). */
  laidOut: boolean;
}

/**
 * Above this many nodes the force-directed layout is too slow to wait for: measured in headless
 * Chromium here, fcose takes 0.4 s at 150 nodes, 1.1 s at 300, 3.9 s at 500 and over a minute at
 * 2,000 (twice the edges each time). "Force" then lays the graph out as a radial tree
 * (state/radial.ts, milliseconds), and viewport changes are not animated.
 */
const LARGE = 250;
const EXPAND_ANIMATION_MS = 220;
/** Fitting a handful of nodes would zoom in until labels are huge; a fit zooms in no further. */
const MAX_FIT_ZOOM = 1.25;
/** Up to this many edges they are drawn curved with arrows; past it as plain lines: see style.ts. */
const FULL_EDGES = 1500;

export class GraphView {
  readonly cy: cytoscape.Core;
  private lang: LabelLang = 'auto';
  private layoutRun: cytoscape.Layouts | null = null;
  private readonly lastPositions = new Map<string, Position>();
  private full = false;
  /** Nodes and edges with their label shown (labelInView). */
  private labelled = new Set<string>();
  private readonly drawnNodes = new Set<string>();
  private readonly drawnEdges = new Set<string>();
  /** "+N more" badges and their links. */
  private readonly badges = new Set<string>();
  /** The drawn chain of attribution: its links and the nodes marked as its members. */
  private chainDrawn: { links: string[]; members: string[] } = { links: [], members: [] };

  constructor(container: HTMLElement, handlers: GraphHandlers) {
    this.cy = cytoscape({
      container,
      style: stylesheet,
      // low enough to fit a 2,000-node radial view (~17,000 units across) in a small window
      minZoom: 0.02,
      maxZoom: 4,
      selectionType: 'single',
      boxSelectionEnabled: true,
      // Panning and zooming redraw the graph rather than moving a snapshot of the last frame: a
      // snapshot leaves what comes into view blank until the gesture ends.
      textureOnViewport: false,
      motionBlur: false,
    });
    const cy = this.cy;
    // Panels opening and closing change the canvas's size without a window resize. A resize
    // redraws everything, so only for a size Cytoscape does not have yet (fit() may have taken it).
    new ResizeObserver(() => {
      if (container.clientWidth !== cy.width() || container.clientHeight !== cy.height()) cy.resize();
    }).observe(container);
    let selectTimer: ReturnType<typeof setTimeout> | null = null;
    const selectionChanged = () => {
      // One notification for the burst of select/unselect events a click causes.
      if (selectTimer) clearTimeout(selectTimer);
      selectTimer = setTimeout(() => {
        selectTimer = null;
        handlers.onSelectionChange(
          cy
            .$(':selected')
            .filter((e) => !e.hasClass('more') && !e.hasClass('chain') && !e.hasClass('more-link'))
            .map((e) => e.id()),
        );
      }, 0);
    };
    cy.on('select unselect', selectionChanged);
    cy.on('tap', 'node.more', (e) => {
      e.target.unselect();
      handlers.onMore(e.target.data('anchor') as string);
    });
    cy.on('dbltap', 'node', (e) => {
      if (!e.target.hasClass('more')) handlers.onActivate(e.target.id());
    });
    cy.on('dragfree', 'node.pinned', (e) => handlers.onMoved(e.target.id(), { ...e.target.position() }));
    let labelTimer: ReturnType<typeof setTimeout> | null = null;
    cy.on('viewport', () => {
      // Once the viewport rests: a pan or zoom emits this on every step.
      if (labelTimer) clearTimeout(labelTimer);
      labelTimer = setTimeout(() => {
        labelTimer = null;
        this.labelInView();
      }, 60);
    });
  }

  /** Makes the drawing match `state`; returns what was added. */
  sync(state: GraphState, o: SyncOptions): SyncResult {
    const cy = this.cy;
    const relabel = o.lang !== this.lang;
    this.lang = o.lang;
    const added: string[] = [];
    let unplaced = 0;
    let laidOut = false;
    cy.batch(() => {
      // What is drawn is tracked in sets, so that a sync of a big view touches only what changed.
      for (const id of this.badges) cy.getElementById(id).remove();
      this.badges.clear();
      for (const id of this.drawnEdges) {
        if (state.edges.has(id)) continue;
        cy.getElementById(id).remove();
        this.drawnEdges.delete(id);
      }
      for (const id of this.drawnNodes) {
        if (state.nodes.has(id)) continue;
        const n = cy.getElementById(id) as cytoscape.NodeSingular;
        this.lastPositions.set(id, { ...n.position() });
        n.remove();
        this.drawnNodes.delete(id);
      }
      const fresh: cytoscape.ElementDefinition[] = [];
      for (const [id, d] of state.nodes) {
        if (!this.drawnNodes.has(id)) {
          this.drawnNodes.add(id);
          this.labelled.delete(id);
          // A node that comes back (undo, a removal undone) returns to where it was.
          const was = this.lastPositions.get(id);
          fresh.push({
            group: 'nodes',
            data: { ...d, ...drawData(d, o.lang) },
            ...(was ? { position: was } : {}),
          });
          if (was) this.lastPositions.delete(id);
          else added.push(id);
        } else if (relabel) cy.getElementById(id).data(drawData(d, o.lang));
      }
      const full = state.edges.size <= FULL_EDGES;
      if (full !== this.full) cy.edges().not('.chain, .more-link').toggleClass('full', full);
      this.full = full;
      for (const [id, e] of state.edges) {
        if (!this.drawnEdges.has(id)) {
          this.drawnEdges.add(id);
          this.labelled.delete(id);
          fresh.push({ group: 'edges', data: { ...e, ...edgeDrawData(e) }, classes: full ? 'full' : '' });
        }
      }
      if (o.layout) laidOut = this.layOutBeforeAdding(state, o, fresh);
      if (fresh.length > 0) cy.add(fresh);
      if (!laidOut) unplaced = this.place(added, state, o.around ?? null);
      this.applyClasses(
        state,
        o,
        fresh.map((f) => f.data.id!),
      );
      this.addBadges(state);
      // A view laid out anew is fitted next; its labels follow the new viewport.
      if (!laidOut) this.labelInView();
    });
    return { added, unplaced, laidOut };
  }

  /**
   * Gives every visible node its radial position when a big view is laid out anew: the new
   * ones in their definitions before they are added, the others moved. A layout run over the
   * drawn elements would instead set each position on a styled element after the fact.
   * Returns false (nothing done) when the layout asked for is not the radial one.
   */
  private layOutBeforeAdding(
    state: GraphState,
    o: SyncOptions,
    fresh: readonly cytoscape.ElementDefinition[],
  ): boolean {
    if (o.layout?.name !== 'fcose') return false;
    const visible = [...state.nodes.keys()].filter((id) => !state.hidden.has(id) && !o.filtered.has(id));
    if (visible.length <= LARGE) return false;
    const freshNodes = new Map(fresh.filter((f) => f.group === 'nodes').map((f) => [f.data.id!, f] as const));
    const sizeOf = (id: string) =>
      Number((freshNodes.get(id)?.data ?? this.cy.getElementById(id).data())._w) || 30;
    const at = radialLayout(
      visible,
      [...state.edges.values()].map((e) => [e.source, e.target] as const),
      o.layout.roots,
      { size: sizeOf },
    );
    for (const [id, p] of at) {
      // Pinned nodes stay where the analyst put them.
      if (state.pinned.has(id)) continue;
      const def = freshNodes.get(id);
      if (def) def.position = p;
      else this.cy.getElementById(id).position(p);
    }
    return true;
  }

  /**
   * Labels every node and edge of a small view; in a big one, those in view once the zoom makes
   * them readable, and no others (style.ts: the class `labelled`).
   */
  private labelInView(): void {
    const cy = this.cy;
    let next: Set<string>;
    if (this.drawnNodes.size <= LARGE && this.drawnEdges.size <= FULL_EDGES)
      next = new Set([...this.drawnNodes, ...this.drawnEdges]);
    else {
      const zoom = cy.zoom();
      const extent = cy.extent();
      next = new Set([
        // A node's label hangs below it and can be wider than it: a wider margin.
        ...inView(zoom, NODE_LABEL_ZOOM, extent, this.nodeCentres(), 120),
        ...inView(zoom, EDGE_LABEL_ZOOM, extent, this.edgeMiddles(), 60),
      ]);
    }
    const off = [...this.labelled].filter((id) => !next.has(id));
    const on = [...next].filter((id) => !this.labelled.has(id));
    this.labelled = next;
    // Nothing to change, nothing to restyle or redraw (a batch would ask for a frame anyway).
    if (off.length === 0 && on.length === 0) return;
    cy.batch(() => {
      for (const id of off) cy.getElementById(id).removeClass('labelled');
      for (const id of on) cy.getElementById(id).addClass('labelled');
    });
  }

  /** The drawn nodes' positions, read only as far as the caller iterates. */
  private *nodeCentres(): Generator<{ id: string; at: Position }> {
    for (const id of this.drawnNodes)
      yield { id, at: (this.cy.getElementById(id) as cytoscape.NodeSingular).position() };
  }

  /** The drawn edges' middles, read only as far as the caller iterates. */
  private *edgeMiddles(): Generator<{ id: string; at: Position }> {
    for (const id of this.drawnEdges) {
      const e = this.cy.getElementById(id) as cytoscape.EdgeSingular;
      const s = e.source().position();
      const t = e.target().position();
      yield { id, at: { x: (s.x + t.x) / 2, y: (s.y + t.y) / 2 } };
    }
  }

  /** Gives new nodes a position near what they connect to; returns how many it could not place. */
  private place(added: string[], state: GraphState, around: string | null): number {
    if (added.length === 0) return 0;
    const cy = this.cy;
    const isNew = new Set(added);
    const placed = new Set<string>();
    const anchor = around ? (cy.getElementById(around) as cytoscape.NodeSingular) : null;
    if (anchor && anchor.nonempty() && !isNew.has(around!)) {
      const rest = cy.nodes().filter((n) => !isNew.has(n.id()) && n.visible()) as cytoscape.NodeCollection;
      const from = { ...anchor.position() };
      const targets = fanOut(from, centroid(rest.map((n) => n.position())), added.length, {
        radius: 90 + Number(anchor.data('_size') ?? 30) / 2,
      });
      added.forEach((id, i) => {
        const n = cy.getElementById(id);
        n.position(from);
        const to = targets[i]!;
        // Animate from the anchor outwards: the eye follows where the new nodes came from.
        if (added.length <= 200)
          n.animate({ position: to }, { duration: EXPAND_ANIMATION_MS, easing: 'ease-out' });
        else n.position(to);
        placed.add(id);
      });
      return added.length - placed.size;
    }
    if (state.path) {
      const line = state.path.nodes.map((id) =>
        isNew.has(id)
          ? null
          : cy.getElementById(id).nonempty()
            ? { ...cy.getElementById(id).position() }
            : null,
      );
      const filled = fillGaps(line);
      if (filled) {
        state.path.nodes.forEach((id, i) => {
          if (isNew.has(id) && !placed.has(id)) {
            cy.getElementById(id).position(filled[i]!);
            placed.add(id);
          }
        });
      }
    }
    // Anything else new next to a neighbour that was already drawn. Only when most of the view
    // was there before: a view drawn anew (or mostly anew) gets a layout instead.
    if (added.length * 2 > cy.nodes().length) return added.length - placed.size;
    for (const id of added) {
      if (placed.has(id)) continue;
      const n = cy.getElementById(id);
      const neighbour = n.neighborhood('node').filter((m) => !isNew.has(m.id()) || placed.has(m.id()));
      if (neighbour.nonempty()) {
        const p = (neighbour.first() as cytoscape.NodeSingular).position();
        const k = placed.size;
        n.position({ x: p.x + 70 * Math.cos(k * 2.4), y: p.y + 70 * Math.sin(k * 2.4) });
        placed.add(id);
      }
    }
    return added.length - placed.size;
  }

  /**
   * Sets the classes that follow the state (hidden, filtered, pinned, path, faded). Only the
   * elements whose class changes are touched: in a view of thousands of nodes, an expansion or a
   * filter then costs in proportion to what it changes.
   */
  private applyClasses(state: GraphState, o: SyncOptions, created: readonly string[]): void {
    const path = state.path;
    const pathNodes = new Set(path?.nodes ?? []);
    const pathEdges = new Set(path?.edges ?? []);
    const focus = Boolean(path && path.nodes.length > 0);
    // A node drawn anew has no class yet, whatever it had before it was removed.
    for (const id of created) for (const set of Object.values(this.classed)) set.delete(id);
    const faded = new Set<string>();
    if (focus) {
      for (const id of state.nodes.keys()) if (!pathNodes.has(id)) faded.add(id);
      for (const id of state.edges.keys()) if (!pathEdges.has(id)) faded.add(id);
    }
    const pinned = new Set(state.pinned.keys());
    this.reclass('hidden', new Set(state.hidden));
    this.reclass('filtered', new Set(o.filtered));
    this.reclass('on-path', new Set([...pathNodes, ...pathEdges]));
    this.reclass('faded', faded);
    this.reclass('pinned', pinned);
    // Pinned nodes keep their place in layouts (locked while one runs) but can still be dragged.
    for (const [id, pin] of state.pinned) {
      const n = this.cy.getElementById(id);
      if (n.nonempty() && (n.position('x') !== pin.x || n.position('y') !== pin.y)) n.position(pin);
    }
    this.drawChain(o.chain);
  }

  private readonly classed: Record<'hidden' | 'filtered' | 'on-path' | 'faded' | 'pinned', Set<string>> = {
    hidden: new Set(),
    filtered: new Set(),
    'on-path': new Set(),
    faded: new Set(),
    pinned: new Set(),
  };

  private reclass(name: keyof GraphView['classed'], next: Set<string>): void {
    const prev = this.classed[name];
    for (const id of prev) {
      if (!next.has(id)) {
        const e = this.cy.getElementById(id);
        if (e.nonempty()) e.removeClass(name);
      }
    }
    for (const id of next) {
      if (!prev.has(id)) {
        const e = this.cy.getElementById(id);
        if (e.nonempty()) e.addClass(name);
      }
    }
    this.classed[name] = next;
  }

  /** Draws a claim's chain of attribution over the graph (or removes it, for null). */
  drawChain(chain: ClaimChain | null): void {
    const cy = this.cy;
    cy.batch(() => {
      for (const id of this.chainDrawn.links) cy.getElementById(id).remove();
      for (const id of this.chainDrawn.members) cy.getElementById(id).removeClass('chain-member');
      this.chainDrawn = { links: [], members: [] };
      if (!chain) return;
      const members = chain.path.filter((id) => this.drawnNodes.has(id));
      for (const id of members) cy.getElementById(id).addClass('chain-member');
      const links: cytoscape.ElementDefinition[] = chain.links
        .filter((l) => this.drawnNodes.has(l.source) && this.drawnNodes.has(l.target))
        .map((l) => ({
          group: 'edges',
          classes: 'chain',
          data: {
            id: l.id,
            source: l.source,
            target: l.target,
            label: chain.articles.includes(l.target) ? 'printed in' : 'passed on to',
            _color: '#b45309',
            _line: 'solid',
          },
        }));
      cy.add(links);
      this.chainDrawn = { links: links.map((l) => l.data.id!), members };
    });
  }

  /** "+N more" next to each node whose expansion left neighbours out. */
  private addBadges(state: GraphState): void {
    const cy = this.cy;
    const badges: cytoscape.ElementDefinition[] = [];
    for (const { anchor, loaded, omitted } of moreCounts(state)) {
      const a = cy.getElementById(anchor);
      if (a.empty() || state.hidden.has(anchor) || a.hasClass('filtered')) continue;
      const p = a.position();
      const id = `more:${anchor}`;
      const label = `+${loaded + omitted} more`;
      badges.push(
        {
          group: 'nodes',
          classes: 'more',
          data: {
            id,
            anchor,
            _label: label,
            _w: 12 + 6.5 * label.length,
            _h: 20,
            _shape: 'round-rectangle',
            _color: '#f8fafc',
            _border: '#64748b',
            _borderWidth: 1,
            _borderStyle: 'dashed',
          },
          position: { x: p.x + 46, y: p.y - 34 },
          selectable: false,
          grabbable: false,
        },
        {
          group: 'edges',
          classes: 'more-link',
          data: { id: `more-link:${anchor}`, source: anchor, target: id, _color: '#94a3b8', _line: 'dashed' },
        },
      );
    }
    if (badges.length > 0) cy.add(badges);
    for (const b of badges) this.badges.add(b.data.id!);
  }

  /** Keeps the badges by their anchors after nodes moved. */
  private moveBadges(): void {
    this.cy.nodes('.more').forEach((b) => {
      const a = this.cy.getElementById(b.data('anchor') as string) as cytoscape.NodeSingular;
      if (a.nonempty()) b.position({ x: a.position().x + 46, y: a.position().y - 34 });
    });
  }

  /** Runs a layout over the visible graph; pinned nodes stay where they are. Resolves when it stops. */
  layout(
    name: LayoutName,
    opts: { fit?: boolean; root?: string | null; roots?: readonly string[] } = {},
  ): Promise<void> {
    const cy = this.cy;
    this.layoutRun?.stop();
    const eles = cy.elements().not('.hidden, .filtered, .more, .more-link, .chain');
    const n = eles.nodes().length;
    if (n === 0) return Promise.resolve();
    const animate = n <= 250;
    const fit = opts.fit ?? true;
    let options: cytoscape.LayoutOptions;
    if (name === 'concentric') {
      const root = opts.root ? cy.getElementById(opts.root) : null;
      options = {
        name: 'concentric',
        eles,
        fit,
        animate,
        animationDuration: 400,
        minNodeSpacing: 18,
        avoidOverlap: n <= LARGE,
        // The start node in the middle, then rings by how connected a node is.
        concentric: (node: cytoscape.NodeSingular) =>
          root && root.nonempty() && node.id() === root.id() ? 1e9 : node.degree(false),
        levelWidth: () => 2,
      } as cytoscape.LayoutOptions;
    } else if (name === 'breadthfirst') {
      const root = opts.root ? cy.getElementById(opts.root) : null;
      options = {
        name: 'breadthfirst',
        eles,
        fit,
        animate,
        animationDuration: 400,
        directed: false,
        spacingFactor: 1.1,
        avoidOverlap: n <= LARGE,
        ...(root && root.nonempty() ? { roots: root } : {}),
      } as cytoscape.LayoutOptions;
    } else if (n > LARGE) {
      const roots = [opts.root, ...(opts.roots ?? [])].filter((r): r is string => Boolean(r));
      const nodes = eles.nodes();
      const at = radialLayout(
        nodes.map((x) => x.id()),
        eles.edges().map((e) => [e.data('source') as string, e.data('target') as string] as const),
        roots,
        { size: (id) => Number(cy.getElementById(id).data('_w')) || 30 },
      );
      cy.batch(() =>
        nodes.forEach((x) => {
          const p = at.get(x.id());
          if (p && !x.hasClass('pinned')) x.position(p);
        }),
      );
      this.moveBadges();
      if (fit) this.fit();
      return Promise.resolve();
    } else {
      const pinned = eles.nodes('.pinned');
      options = {
        name: 'fcose',
        eles,
        fit,
        animate: animate ? 'end' : false,
        animationDuration: 400,
        padding: 30,
        // Spectral placement alone is fast enough for thousands of nodes; the force-directed
        // refinement after it is what costs, and matters most on small graphs.
        quality: 'default',
        randomize: true,
        nodeDimensionsIncludeLabels: false,
        packComponents: false,
        nodeRepulsion: () => 6500,
        idealEdgeLength: () => 70,
        numIter: 2500,
        ...(pinned.nonempty()
          ? { fixedNodeConstraint: pinned.map((p) => ({ nodeId: p.id(), position: { ...p.position() } })) }
          : {}),
      } as unknown as cytoscape.LayoutOptions;
    }
    const pinnedNodes = eles.nodes('.pinned');
    pinnedNodes.lock();
    return new Promise((resolve) => {
      const run = eles.layout(options);
      this.layoutRun = run;
      run.one('layoutstop', () => {
        pinnedNodes.unlock();
        if (fit && cy.zoom() > MAX_FIT_ZOOM) {
          cy.zoom(MAX_FIT_ZOOM);
          cy.center(eles);
        }
        if (this.layoutRun === run) this.layoutRun = null;
        this.moveBadges();
        resolve();
      });
      run.run();
    });
  }

  /** Resolves once the expand animation placed the new nodes. */
  settle(): Promise<void> {
    return new Promise((resolve) =>
      setTimeout(() => {
        this.moveBadges();
        resolve();
      }, EXPAND_ANIMATION_MS + 20),
    );
  }

  select(ids: readonly string[], opts: { center?: boolean } = {}): void {
    const cy = this.cy;
    cy.batch(() => {
      cy.$(':selected').unselect();
      for (const id of ids) cy.getElementById(id).select();
    });
    const first = ids[0] ? cy.getElementById(ids[0]) : null;
    if (opts.center && first && first.nonempty() && first.visible()) {
      if (this.drawnNodes.size > LARGE) cy.center(first);
      else cy.animate({ center: { eles: first }, duration: 250 });
    }
  }

  /** The node or edge data as Cytoscape holds it (null when not drawn). */
  nodeData(id: string): NodeData | null {
    const e = this.cy.getElementById(id);
    return e.nonempty() && e.isNode() && !e.hasClass('more') ? (e.data() as NodeData) : null;
  }

  positionOf(id: string): Position | null {
    const e = this.cy.getElementById(id);
    return e.nonempty() && e.isNode() ? { ...e.position() } : null;
  }

  positions(): Record<string, Position> {
    const out: Record<string, Position> = {};
    this.cy
      .nodes()
      .not('.more')
      .forEach((n) => {
        const p = n.position();
        out[n.id()] = { x: Math.round(p.x), y: Math.round(p.y) };
      });
    return out;
  }

  /** Brings the elements (all visible ones by default) into view, zooming in no further than MAX_FIT_ZOOM. */
  fit(eles?: cytoscape.CollectionReturnValue, padding = 30): void {
    const cy = this.cy;
    // The canvas may have just changed size (a panel opened) without the observer having told
    // Cytoscape yet.
    cy.resize();
    if (!eles && this.drawnNodes.size > LARGE) {
      // A big view: its box from the positions and sizes known, not from measuring every element.
      const box = this.visibleBox();
      if (box)
        cy.viewport(
          fitViewport(box, cy.width(), cy.height(), {
            padding,
            minZoom: cy.minZoom(),
            maxZoom: MAX_FIT_ZOOM,
          }),
        );
      return;
    }
    eles ??= cy.elements(':visible');
    if (eles.empty()) return;
    const bb = eles.boundingBox();
    const zoom = Math.min(
      MAX_FIT_ZOOM,
      Math.max(cy.minZoom(), Math.min((cy.width() - 2 * padding) / bb.w, (cy.height() - 2 * padding) / bb.h)),
    );
    // Animating the viewport redraws the whole graph each frame: big graphs jump instead.
    if (this.drawnNodes.size > LARGE) {
      cy.zoom(zoom);
      cy.center(eles);
    } else cy.animate({ zoom, center: { eles }, duration: 250 });
  }

  /** The box of the visible nodes with their labels (badges and edges lie within it). */
  private visibleBox(): Box | null {
    const hidden = this.classed.hidden;
    const filtered = this.classed.filtered;
    const boxes: Box[] = [];
    for (const id of this.drawnNodes) {
      if (hidden.has(id) || filtered.has(id)) continue;
      const n = this.cy.getElementById(id) as cytoscape.NodeSingular;
      const d = n.data() as { _w?: number; _h?: number; _label?: string };
      boxes.push(nodeBox(n.position(), d._w ?? 30, d._h ?? 30, d._label ?? ''));
    }
    return union(boxes);
  }

  png(): Blob {
    const cy = this.cy;
    // The picture is of the whole graph: every label in it, not only those in view.
    const unlabelled = cy.elements().not('.labelled, .more, .more-link');
    cy.batch(() => unlabelled.addClass('labelled'));
    const png = cy.png({
      output: 'blob',
      full: true,
      scale: 2,
      bg: '#ffffff',
      // a 2,000-node view is ~17,000 units across: past ~4,000 px a side Chromium gives an empty canvas
      maxWidth: 4096,
      maxHeight: 4096,
    });
    cy.batch(() => unlabelled.removeClass('labelled'));
    return png;
  }

  resize(): void {
    this.cy.resize();
  }
}
