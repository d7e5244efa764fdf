// The Cytoscape.js canvas: keeps the drawn elements equal to the explorer's state (state/graph.ts)
// by adding, removing and re-classing only what changed, places new neighbours without a full
// layout, and runs the layouts the analyst picks.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { drawData } from '../state/appearance.ts';
import type { ClaimChain } from '../state/claim-chain.ts';
import type { NodeData } from '../state/elements.ts';
import { moreCounts, type GraphState, type Position } from '../state/graph.ts';
import { centroid, fanOut, fillGaps } from '../state/placement.ts';
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

/** Above this many nodes, fcose runs its fast spectral pass only and nothing is animated. */
const LARGE = 700;
const EXPAND_ANIMATION_MS = 220;
/** Fitting a handful of nodes would zoom in until labels are huge; a fit zooms in no further. */
const MAX_FIT_ZOOM = 1.25;

export class GraphView {
  readonly cy: cytoscape.Core;
  private lang: LabelLang = 'auto';
  private layoutRun: cytoscape.Layouts | null = null;
  private readonly lastPositions = new Map<string, Position>();

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
      cy.elements('.more, .more-link, .chain').remove();
      cy.edges().forEach((e) => {
        if (!state.edges.has(e.id())) e.remove();
      });
      cy.nodes().forEach((n) => {
        if (!state.nodes.has(n.id())) {
          this.lastPositions.set(n.id(), { ...n.position() });
          n.remove();
        }
      });
      const fresh: cytoscape.ElementDefinition[] = [];
      for (const [id, d] of state.nodes) {
        const ele = cy.getElementById(id);
        if (ele.empty()) {
          // A node that comes back (undo, a removal undone) returns to where it was.
          const was = this.lastPositions.get(id);
          fresh.push({
            group: 'nodes',
            data: { ...d, ...drawData(d, o.lang) },
            ...(was ? { position: was } : {}),
          });
          if (was) this.lastPositions.delete(id);
          else added.push(id);
        } else if (relabel) ele.data(drawData(d, o.lang));
      }
      for (const [id, e] of state.edges) {
        if (cy.getElementById(id).empty()) fresh.push({ group: 'edges', data: { ...e } });
      }
      if (fresh.length > 0) cy.add(fresh);
      unplaced = this.place(added, state, o.around ?? null);
      this.applyClasses(state, o);
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
    // Anything else new next to a placed neighbour, when it has one.
    for (const id of added) {
      if (placed.has(id)) continue;
      const n = cy.getElementById(id);
      const neighbour = n.neighborhood('node').filter((m) => !isNew.has(m.id()) || placed.has(m.id()));
      if (neighbour.nonempty() && cy.nodes().length - added.length > 0) {
        const p = (neighbour.first() as cytoscape.NodeSingular).position();
        const k = placed.size;
        n.position({ x: p.x + 70 * Math.cos(k * 2.4), y: p.y + 70 * Math.sin(k * 2.4) });
        placed.add(id);
      }
    }
    return added.length - placed.size;
  }

  private applyClasses(state: GraphState, o: SyncOptions): void {
    const cy = this.cy;
    const path = state.path;
    const pathNodes = new Set(path?.nodes ?? []);
    const pathEdges = new Set(path?.edges ?? []);
    const focus = path && path.nodes.length > 0;
    cy.nodes().forEach((n) => {
      const id = n.id();
      n.toggleClass('hidden', state.hidden.has(id));
      n.toggleClass('filtered', o.filtered.has(id));
      n.toggleClass('on-path', pathNodes.has(id));
      n.toggleClass('faded', Boolean(focus) && !pathNodes.has(id));
      const pin = state.pinned.get(id);
      n.toggleClass('pinned', pin !== undefined);
      // Pinned nodes keep their place in layouts (locked while one runs) but can still be dragged.
      if (pin && (n.position('x') !== pin.x || n.position('y') !== pin.y)) n.position(pin);
    });
    cy.edges().forEach((e) => {
      e.toggleClass('on-path', pathEdges.has(e.id()));
      e.toggleClass('faded', Boolean(focus) && !pathEdges.has(e.id()));
    });
    this.drawChain(o.chain);
  }

  /** Draws a claim's chain of attribution over the graph (or removes it, for null). */
  drawChain(chain: ClaimChain | null): void {
    const cy = this.cy;
    cy.batch(() => {
      cy.edges('.chain').remove();
      cy.nodes('.chain-member').removeClass('chain-member');
      if (!chain) return;
      const present = chain.path.filter((id) => cy.getElementById(id).nonempty());
      for (const id of present) cy.getElementById(id).addClass('chain-member');
      const links: cytoscape.ElementDefinition[] = chain.links
        .filter((l) => cy.getElementById(l.source).nonempty() && cy.getElementById(l.target).nonempty())
        .map((l) => ({
          group: 'edges',
          classes: 'chain',
          data: {
            id: l.id,
            source: l.source,
            target: l.target,
            label: chain.articles.includes(l.target) ? 'printed in' : 'passed on to',
          },
        }));
      cy.add(links);
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
          data: { id, anchor, _label: label, _w: 12 + 6.5 * label.length },
          position: { x: p.x + 46, y: p.y - 34 },
          selectable: false,
          grabbable: false,
        },
        {
          group: 'edges',
          classes: 'more-link',
          data: { id: `more-link:${anchor}`, source: anchor, target: id },
        },
      );
    }
    if (badges.length > 0) cy.add(badges);
  }

  /** Keeps the badges by their anchors after nodes moved. */
  private moveBadges(): void {
    this.cy.nodes('.more').forEach((b) => {
      const a = this.cy.getElementById(b.data('anchor') as string) as cytoscape.NodeSingular;
      if (a.nonempty()) b.position({ x: a.position().x + 46, y: a.position().y - 34 });
    });
  }

  /** Runs a layout over the visible graph; pinned nodes stay where they are. Resolves when it stops. */
  layout(name: LayoutName, opts: { fit?: boolean; root?: string | null } = {}): Promise<void> {
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
        quality: n > LARGE ? 'draft' : 'default',
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
      cy.animate({ center: { eles: first }, duration: 250 });
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
    cy.animate({ zoom, center: { eles }, duration: 250 });
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
