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
}

export interface SyncResult {
  added: string[];
  /** New nodes that got no position from placement: a layout must place them. */
  unplaced: number;
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
/** Above this many edges they are drawn as plain lines (no curves, no arrows): see style.ts. */
const LITE_EDGES = 1500;

export class GraphView {
  readonly cy: cytoscape.Core;
  private lang: LabelLang = 'auto';
  private layoutRun: cytoscape.Layouts | null = null;
  private readonly lastPositions = new Map<string, Position>();
  private lite = false;
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
      minZoom: 0.05,
      maxZoom: 4,
      selectionType: 'single',
      boxSelectionEnabled: true,
      // Big graphs stay fluid while panning and zooming: a texture of the last frame is moved
      // instead of redrawing thousands of elements on every event.
      textureOnViewport: false,
      motionBlur: false,
    });
    const cy = this.cy;
    // Panels opening and closing change the canvas's size without a window resize.
    new ResizeObserver(() => cy.resize()).observe(container);
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
  }

  /** Makes the drawing match `state`; returns what was added. */
  sync(state: GraphState, o: SyncOptions): SyncResult {
    const cy = this.cy;
    const relabel = o.lang !== this.lang;
    this.lang = o.lang;
    const added: string[] = [];
    let unplaced = 0;
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
      const lite = state.edges.size > LITE_EDGES;
      if (lite !== this.lite) cy.edges().not('.chain, .more-link').toggleClass('lite', lite);
      this.lite = lite;
      for (const [id, e] of state.edges) {
        if (!this.drawnEdges.has(id)) {
          this.drawnEdges.add(id);
          fresh.push({ group: 'edges', data: { ...e, ...edgeDrawData(e) }, classes: lite ? 'lite' : '' });
        }
      }
      if (fresh.length > 0) cy.add(fresh);
      unplaced = this.place(added, state, o.around ?? null);
      this.applyClasses(
        state,
        o,
        fresh.map((f) => f.data.id!),
      );
      this.addBadges(state);
    });
    return { added, unplaced };
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
      const sizes = new Map(eles.nodes().map((x) => [x.id(), Number(x.data('_w')) || 30] as const));
      const at = radialLayout(
        eles.nodes().map((x) => x.id()),
        eles.edges().map((e) => [e.data('source') as string, e.data('target') as string] as const),
        roots,
        { size: (id) => sizes.get(id) ?? 30 },
      );
      options = {
        name: 'preset',
        eles,
        fit,
        animate: false,
        padding: 30,
        positions: (node: cytoscape.NodeSingular) => at.get(node.id()) ?? node.position(),
      } as cytoscape.LayoutOptions;
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
  fit(eles: cytoscape.CollectionReturnValue = this.cy.elements(':visible'), padding = 30): void {
    const cy = this.cy;
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

  png(): Blob {
    return this.cy.png({
      output: 'blob',
      full: true,
      scale: 2,
      bg: '#ffffff',
      maxWidth: 8000,
      maxHeight: 8000,
    });
  }

  resize(): void {
    this.cy.resize();
  }
}
