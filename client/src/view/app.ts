// The explorer's controller: turns the analyst's actions into API calls and pure state changes
// (state/*.ts), then has the canvas, panels, timeline and URL follow the new state.
import { ApiError } from '../api/client.ts';
import { MAX_LIMIT, neighborhoodTypes, type ExplorerApi } from '../api/explorer-api.ts';
import { claimChain, type ClaimChain } from '../state/claim-chain.ts';
import { typeOfId, type NodeData } from '../state/elements.ts';
import { exportDocument } from '../state/export.ts';
import { filteredOut, NO_FILTERS, type Filters } from '../state/filters.ts';
import {
  EMPTY,
  expand,
  hide,
  pin,
  remove,
  showMore,
  start,
  unhideAll,
  unpin,
  withPath,
  clearPath,
  type GraphState,
  type Op,
  type Position,
} from '../state/graph.ts';
import { canRedo, canUndo, commit, historyOf, redo, reset, undo, type History } from '../state/history.ts';
import { decodeView, encodeView, type LabelLang, type LayoutName, type ViewState } from '../state/url.ts';
import { DetailsPanel } from './details.ts';
import { byId, clear, h } from './dom.ts';
import { FiltersPanel } from './filters-panel.ts';
import { GraphView } from './graph-view.ts';
import { Reader } from './reader.ts';
import { mountSearch, type SearchBox } from './search.ts';
import { StartPanel } from './start.ts';
import { StatusBar } from './status.ts';
import { Timeline } from './timeline.ts';

/** Nodes around a starting point (the API's default); expansions take up to MAX_LIMIT and page them. */
const START_LIMIT = 150;
/** Most nodes listed in the "Nodes in view" list. */
const LIST_LIMIT = 400;

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

export class App {
  private hist: History<GraphState> = historyOf(EMPTY);
  private filters: Filters = NO_FILTERS;
  private layoutName: LayoutName = 'fcose';
  private lang: LabelLang = 'auto';
  private selected: string[] = [];
  private readId: string | null = null;
  private readonly graph: GraphView;
  private readonly status = new StatusBar();
  private readonly details: DetailsPanel;
  private readonly filtersPanel: FiltersPanel;
  private readonly timeline: Timeline;
  private readonly startPanel: StartPanel;
  private readonly reader: Reader;
  private readonly search: SearchBox;
  /** Claims whose chain was fetched this session, so selecting one again fetches nothing. */
  private readonly chainsLoaded = new Set<string>();

  constructor(private readonly api: ExplorerApi) {
    this.graph = new GraphView(byId('cy'), {
      onSelectionChange: (ids) => this.selectionChanged(ids),
      onActivate: (id) => void this.expandNode(id),
      onMore: (anchor) => void this.expandNode(anchor),
      onMoved: (id, at) => this.moved(id, at),
    });
    this.details = new DetailsPanel(api, {
      expand: (id) => void this.expandNode(id),
      hide: (ids) => this.change(hide(this.state, ids)),
      togglePin: (id) => this.togglePin(id),
      remove: (ids) => this.change(remove(this.state, ids)),
      select: (id) => void this.focusNode(id),
      path: (a, b) => void this.findPath(a, b),
      readerHref: (sentenceId) => `#${encodeView({ ...this.viewState(), read: sentenceId })}`,
      close: () => this.closeDetails(),
    });
    this.filtersPanel = new FiltersPanel((f) => this.setFilters(f));
    this.timeline = new Timeline((id) => void this.focusNode(id));
    this.startPanel = new StartPanel(
      api,
      (id) => void this.startFrom(id),
      () => this.search.focus(),
    );
    this.reader = new Reader(api, () => {
      this.readId = null;
      this.writeUrl();
    });
    this.search = mountSearch(api, (hit) => void this.startFrom(hit.id));
    this.wireToolbar();
    this.wireKeyboard();
    window.addEventListener('hashchange', () => void this.hashChanged());
    window.addEventListener('resize', () => this.graph.resize());
    byId<HTMLDetailsElement>('node-list').addEventListener('toggle', () => this.renderNodeList());
  }

  get state(): GraphState {
    return this.hist.present;
  }

  /** For the browser tests and the benchmark: the Cytoscape core and the explorer's state. */
  get debug() {
    return { cy: this.graph.cy, state: () => this.state, view: () => this.viewState() };
  }

  async init(): Promise<void> {
    const view = decodeView(location.hash);
    if (view.ops.length > 0) await this.restore(view);
    else {
      this.applyViewSettings(view);
      await this.render({});
      if (view.read) void this.openReader(view.read);
    }
  }

  // ----- graph operations -------------------------------------------------------------------

  async startFrom(id: string): Promise<void> {
    performance.mark('isnad:start-request');
    const nb = await this.fetch('Loading the neighbourhood', () =>
      this.api.neighborhood(id, { limit: START_LIMIT, types: neighborhoodTypes(typeOfId(id)) }),
    );
    if (!nb) return;
    performance.mark('isnad:start-data');
    const wasEmpty = this.state.nodes.size === 0;
    this.commitState(start(nb, this.state));
    await this.render(wasEmpty ? { layout: true } : { around: this.anchorFor(id) });
    await nextFrame();
    performance.mark('isnad:start-rendered');
    performance.measure('isnad:first-render', 'isnad:start-data', 'isnad:start-rendered');
    performance.measure('isnad:first-render-total', 'isnad:start-request', 'isnad:start-rendered');
    this.graph.select([id], { center: !wasEmpty });
    if (wasEmpty) {
      // The details panel opening narrows the canvas: fit again to what is left.
      await nextFrame();
      this.graph.fit();
    }
  }

  /** Expands a node: the next page of what is pending for it, else its neighbourhood. */
  async expandNode(id: string): Promise<void> {
    performance.clearMarks('isnad:expand-data');
    performance.mark('isnad:expand-request');
    const pending = this.state.pending.get(id);
    if (pending && pending.nodes.length > 0) {
      this.commitState(showMore(this.state, id));
    } else {
      const startedHere = this.state.ops.some((o) => o.k === 'start' && o.id === id);
      const expandedHere = this.state.ops.some((o) => o.k === 'expand' && o.id === id);
      if (pending && pending.omitted > 0 && expandedHere) {
        this.status.info(
          `The server sends at most ${MAX_LIMIT} neighbours of a node at once; ${pending.omitted} more are not shown. ` +
            'Filter by type, or expand one of the neighbours.',
        );
        return;
      }
      if (expandedHere && !startedHere && !pending) {
        // Everything around it is in view already; say so rather than do nothing.
        this.status.info('All neighbours of this node are in view.');
        return;
      }
      const nb = await this.fetch('Expanding', () =>
        this.api.neighborhood(id, { limit: MAX_LIMIT, types: neighborhoodTypes(typeOfId(id)) }),
      );
      if (!nb) return;
      performance.mark('isnad:expand-data');
      this.commitState(expand(this.state, nb));
    }
    await this.render({ around: id, onFirstFrame: () => this.mark('expand') });
    this.refreshDetails();
    performance.mark('isnad:expand-settled');
    performance.measure('isnad:expand-settled', 'isnad:expand-request', 'isnad:expand-settled');
  }

  private mark(what: 'expand'): void {
    performance.mark(`isnad:${what}-rendered`);
    performance.measure(`isnad:${what}`, `isnad:${what}-request`, `isnad:${what}-rendered`);
    // The client's own share: from the answer to the frame (no request when a page was pending).
    const from =
      performance.getEntriesByName(`isnad:${what}-data`).length > 0
        ? `isnad:${what}-data`
        : `isnad:${what}-request`;
    performance.measure(`isnad:${what}-render`, from, `isnad:${what}-rendered`);
  }

  async findPath(a: string, b: string): Promise<void> {
    const answer = await this.fetch('Finding the shortest path', () => this.api.paths(a, b));
    if (!answer) return;
    this.commitState(withPath(this.state, a, b, answer.paths));
    await this.render({});
    if (answer.paths.length === 0) {
      this.status.info(`No path of at most 6 hops between ${this.nameOf(a)} and ${this.nameOf(b)}.`);
    } else {
      const p = this.state.path!;
      this.status.info(
        `Shortest path: ${answer.length} hop${answer.length === 1 ? '' : 's'}, ${p.nodes.map((id) => this.nameOf(id)).join(' → ')}` +
          (answer.paths.length > 1 ? ` (${answer.paths.length} paths found, all added).` : '.'),
      );
      this.graph.fit(this.graph.cy.elements('.on-path'), 60);
    }
  }

  private togglePin(id: string): void {
    const at = this.graph.positionOf(id);
    if (this.state.pinned.has(id)) this.change(unpin(this.state, id));
    else if (at) this.change(pin(this.state, id, at));
  }

  private moved(id: string, at: Position): void {
    this.hist = { ...this.hist, present: pin(this.state, id, at) };
    this.writeUrl();
  }

  private change(next: GraphState): void {
    if (next === this.state) return;
    this.commitState(next);
    void this.render({}).then(() => this.refreshDetails());
  }

  /** After a change, the open panel shows the selected node's new state (pinned, more to expand). */
  private refreshDetails(): void {
    if (this.details.isOpen && this.selected.length === 1) this.showDetails();
  }

  private commitState(next: GraphState): void {
    this.hist = commit(this.hist, next);
  }

  private undo(): void {
    if (!canUndo(this.hist)) return;
    this.hist = undo(this.hist);
    void this.render({});
  }

  private redo(): void {
    if (!canRedo(this.hist)) return;
    this.hist = redo(this.hist);
    void this.render({});
  }

  private setFilters(f: Filters): void {
    this.filters = f;
    void this.render({});
  }

  // ----- restoring a view from the URL ---------------------------------------------------

  /** Rebuilds a view from its op log, then applies what is hidden, pinned, filtered, selected. */
  async restore(view: ViewState): Promise<void> {
    this.applyViewSettings(view);
    const problems: string[] = [];
    let s: GraphState = EMPTY;
    const run = async () => {
      for (const op of view.ops) {
        try {
          s = await this.replay(s, op);
        } catch (e) {
          if (e instanceof ApiError && (e.kind === 'offline' || e.kind === 'timeout' || e.kind === 'http'))
            throw e;
          problems.push(e instanceof Error ? e.message : String(e));
        }
      }
    };
    try {
      await this.status.busy('Restoring the view', run);
    } catch (e) {
      this.status.error(
        `The shared view could not be restored: ${e instanceof Error ? e.message : String(e)}`,
        () => void this.restore(view),
      );
      await this.render({});
      return;
    }
    s = hide(s, view.hidden);
    for (const [id, at] of view.pinned) s = pin(s, id, at);
    this.hist = reset(s);
    this.readId = null;
    await this.render({ layout: true });
    const present = view.selected ? view.selected.split('|')[0]! : null;
    if (view.selected && present && this.state.nodes.has(present)) this.graph.select([view.selected]);
    if (problems.length > 0)
      this.status.info(`Part of the view could not be restored: ${problems.join('; ')}`);
    if (view.read) void this.openReader(view.read);
  }

  private async replay(s: GraphState, op: Op): Promise<GraphState> {
    switch (op.k) {
      case 'start': {
        const nb = await this.api.neighborhood(op.id, {
          limit: START_LIMIT,
          types: neighborhoodTypes(typeOfId(op.id)),
        });
        return start(nb, s);
      }
      case 'expand': {
        const nb = await this.api.neighborhood(op.id, {
          limit: MAX_LIMIT,
          types: neighborhoodTypes(typeOfId(op.id)),
        });
        return expand(s, nb, op.pages);
      }
      case 'remove':
        return remove(s, op.ids);
      case 'path': {
        const answer = await this.api.paths(op.from, op.to);
        return withPath(s, op.from, op.to, answer.paths);
      }
    }
  }

  private applyViewSettings(view: ViewState): void {
    this.filters = view.filters;
    this.layoutName = view.layout;
    this.lang = view.lang;
    byId<HTMLSelectElement>('layout-select').value = view.layout;
    byId<HTMLSelectElement>('lang-select').value = view.lang;
  }

  private async hashChanged(): Promise<void> {
    const view = decodeView(location.hash);
    const same =
      encodeView({ ...view, hidden: [], pinned: [], selected: null, read: null, filters: NO_FILTERS }) ===
      encodeView({
        ...this.viewState(),
        hidden: [],
        pinned: [],
        selected: null,
        read: null,
        filters: NO_FILTERS,
      });
    if (!same || view.ops.length === 0) {
      if (view.ops.length === 0 && this.state.nodes.size === 0 && !view.read) return;
      await this.restore(view);
      return;
    }
    this.applyViewSettings(view);
    let s = unhideAll(this.state);
    s = hide(s, view.hidden);
    if (s !== this.state) this.commitState(s);
    await this.render({});
    if (view.read && view.read !== this.readId) void this.openReader(view.read);
    // Back from a reader link: the fragment no longer names a sentence, so the reader closes.
    else if (!view.read && this.readId) this.reader.close();
  }

  // ----- drawing -----------------------------------------------------------------------------

  private async render(o: {
    layout?: boolean;
    around?: string | null;
    onFirstFrame?: () => void;
  }): Promise<void> {
    const s = this.state;
    // Stage timings (performance.measure) for the benchmark and the browser's profiler.
    const t0 = performance.now();
    const filtered = filteredOut(s, this.filters);
    const chain = this.currentChain();
    const res = this.graph.sync(s, {
      filtered,
      lang: this.lang,
      chain,
      around: o.around ?? null,
      layout: o.layout ? { name: this.layoutName, roots: this.layoutRoots() } : null,
    });
    performance.measure('isnad:sync', { start: t0, end: performance.now() });

    if (s.nodes.size === 0) void this.startPanel.show();
    else this.startPanel.hide();
    this.selected = this.selected.filter((id) => this.graph.cy.getElementById(id).nonempty());
    this.writeUrl();
    // The panels (filters, timeline, node list) follow once the graph has its frame: the graph is
    // what the analyst waits for.
    const panels = () => {
      const t = performance.now();
      this.refreshPanels(filtered);
      performance.measure('isnad:panels', { start: t, end: performance.now() });
    };
    if (res.laidOut) {
      // Here the panels come first: they change the canvas's size, and a big view fitted and
      // drawn before that would be drawn a second time, at its new size, right after.
      panels();
      const t2 = performance.now();
      this.graph.fit();
      performance.measure('isnad:layout', { start: t2, end: performance.now() });
      await nextFrame();
      o.onFirstFrame?.();
    } else if (o.layout || res.unplaced > 0) {
      const t2 = performance.now();
      await this.graph.layout(this.layoutName, { root: this.rootId(), roots: this.startIds(), fit: true });
      performance.measure('isnad:layout', { start: t2, end: performance.now() });
      await nextFrame();
      o.onFirstFrame?.();
      panels();
    } else if (o.around && res.added.length > 0) {
      await nextFrame();
      o.onFirstFrame?.();
      panels();
      await this.graph.settle();
    } else {
      await nextFrame();
      o.onFirstFrame?.();
      panels();
    }
  }

  private refreshPanels(filtered: ReadonlySet<string>): void {
    const s = this.state;
    byId<HTMLButtonElement>('btn-undo').disabled = !canUndo(this.hist);
    byId<HTMLButtonElement>('btn-redo').disabled = !canRedo(this.hist);
    const unhide = byId<HTMLButtonElement>('btn-unhide');
    unhide.hidden = s.hidden.size === 0;
    unhide.textContent = `Show hidden (${s.hidden.size})`;
    const nodes = [...s.nodes.values()];
    this.filtersPanel.render(nodes, this.filters);
    const visible = nodes.filter((n) => !s.hidden.has(n.id) && !filtered.has(n.id));
    this.timeline.render(visible, this.selected);
    this.renderNodeList();
    this.renderSelectionBar();
  }

  private renderNodeList(): void {
    const list = byId('node-list-items');
    const box = byId<HTMLDetailsElement>('node-list');
    const s = this.state;
    box.querySelector('summary')!.textContent = `Nodes in view (${s.nodes.size})`;
    if (!box.open) {
      clear(list);
      return;
    }
    const nodes = [...s.nodes.values()].slice(0, LIST_LIMIT);
    clear(
      list,
      nodes.map((n) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              dir: 'auto',
              'data-node': n.id,
              'aria-pressed': String(this.selected.includes(n.id)),
              onclick: () => void this.focusNode(n.id),
            },
            n.label.length > 60 ? `${n.label.slice(0, 60)}…` : n.label,
          ),
        ),
      ),
      s.nodes.size > LIST_LIMIT ? h('li', {}, `… and ${s.nodes.size - LIST_LIMIT} more`) : null,
    );
  }

  private renderSelectionBar(): void {
    const bar = byId('selection-bar');
    const nodes = this.selected.filter((id) => this.state.nodes.has(id));
    const path = this.state.path;
    const items: (HTMLElement | string)[] = [];
    if (nodes.length === 2) {
      const [a, b] = nodes as [string, string];
      items.push(
        h(
          'button',
          { type: 'button', class: 'primary', id: 'btn-path', onclick: () => void this.findPath(a, b) },
          'Shortest path',
        ),
        `between ${this.nameOf(a)} and ${this.nameOf(b)}`,
      );
    } else if (nodes.length === 1) {
      items.push(h('span', { class: 'why' }, 'Shift-click a second node to find the path between them.'));
    }
    if (path) {
      items.push(
        h(
          'button',
          { type: 'button', id: 'btn-clear-path', onclick: () => this.change(clearPath(this.state)) },
          'Clear path',
        ),
      );
    }
    bar.hidden = items.length === 0;
    clear(bar, items);
  }

  // ----- selection and details -------------------------------------------------------------

  private selectionChanged(ids: string[]): void {
    this.selected = ids;
    this.graph.drawChain(this.currentChain());
    this.timeline.select(ids);
    this.renderSelectionBar();
    this.writeUrl();
    this.showDetails();
  }

  private showDetails(): void {
    const ids = this.selected;
    const names = (id: string) => this.nameOf(id);
    if (ids.length === 0) {
      this.closeDetails(false);
      return;
    }
    if (ids.length === 1) {
      const id = ids[0]!;
      const edge = this.state.edges.get(id);
      if (edge) {
        void this.details.showEdge(edge, names);
        return;
      }
      const data = this.state.nodes.get(id) ?? null;
      if (!data) return;
      const p = this.state.pending.get(id);
      void this.details.showNode(id, {
        data,
        pinned: this.state.pinned.has(id),
        more: p ? p.nodes.length + p.omitted : 0,
        chain: this.currentChain(),
        names,
      });
      if (data.type === 'CLAIM') void this.ensureChain(id);
      return;
    }
    const nodes = ids.filter((id) => this.state.nodes.has(id));
    if (nodes.length === 2) this.details.showPair(nodes[0]!, nodes[1]!, names);
    else
      this.details.showMessage(
        `${ids.length} selected`,
        'Select one node for its details, or two for the path between them.',
      );
  }

  /** Brings a selected claim's speaker, chain and article into view (once), to draw the chain. */
  private async ensureChain(claimId: string): Promise<void> {
    const hasArticle = [...this.state.edges.values()].some(
      (e) => e.source === claimId && e.type === 'REPORTED_IN',
    );
    if (hasArticle || this.chainsLoaded.has(claimId)) return;
    this.chainsLoaded.add(claimId);
    const nb = await this.fetch('Loading the chain of attribution', () =>
      this.api.neighborhood(claimId, { limit: MAX_LIMIT, types: neighborhoodTypes('CLAIM') }),
    );
    if (!nb) return;
    // The chain's nodes first, so a claim with many "about" entities still shows its whole isnad.
    const chainIds = new Set(claimChain(claimId, nb.edges).path);
    nb.nodes.sort((a, b) => Number(chainIds.has(b.id)) - Number(chainIds.has(a.id)));
    this.commitState(expand(this.state, nb));
    await this.render({ around: claimId });
  }

  private currentChain(): ClaimChain | null {
    if (this.selected.length !== 1) return null;
    const id = this.selected[0]!;
    if (this.state.nodes.get(id)?.type !== 'CLAIM') return null;
    return claimChain(id, this.state.edges.values());
  }

  private async focusNode(id: string): Promise<void> {
    if (!this.state.nodes.has(id)) {
      // A name in the panel that is not drawn yet: bring its neighbourhood in.
      await this.startFrom(id);
      return;
    }
    if (this.state.hidden.has(id)) this.change(unhideAll(this.state));
    this.graph.select([id], { center: true });
  }

  private closeDetails(clearSelection = true): void {
    this.details.close();
    if (clearSelection) this.graph.select([]);
  }

  private nameOf(id: string): string {
    const n: NodeData | undefined = this.state.nodes.get(id);
    if (!n) return id;
    return this.lang === 'ar' && n.nameAr ? n.nameAr : this.lang === 'en' && n.nameEn ? n.nameEn : n.label;
  }

  // ----- URL, export -------------------------------------------------------------------------

  viewState(): ViewState {
    return {
      ops: [...this.state.ops],
      hidden: [...this.state.hidden],
      pinned: [...this.state.pinned],
      filters: this.filters,
      layout: this.layoutName,
      lang: this.lang,
      selected: this.selected.length === 1 ? this.selected[0]! : null,
      read: this.readId,
    };
  }

  private writeUrl(): void {
    const hash = encodeView(this.viewState());
    const url = `${location.pathname}${location.search}${hash ? `#${hash}` : ''}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, '', url);
  }

  private async openReader(sentenceId: string): Promise<void> {
    this.readId = sentenceId;
    this.writeUrl();
    await this.reader.open(sentenceId);
  }

  private download(name: string, blob: Blob): void {
    const url = URL.createObjectURL(blob);
    const a = h('a', { href: url, download: name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  private fileStem(): string {
    const first = this.state.ops.find((o) => o.k === 'start');
    const base = first && first.k === 'start' ? first.id.replace(/[^a-z0-9-]+/giu, '-') : 'view';
    return `isnad-${base}-${new Date().toISOString().slice(0, 10)}`;
  }

  // ----- wiring ------------------------------------------------------------------------------

  /** Runs a request with the busy indicator; shows its failure (with Retry) and returns null. */
  private async fetch<T>(what: string, work: () => Promise<T>): Promise<T | null> {
    try {
      const out = await this.status.busy(what, work);
      this.status.clear();
      return out;
    } catch (e) {
      if (e instanceof ApiError && e.kind === 'aborted') return null;
      this.status.error(e instanceof Error ? e.message : String(e), () => void this.fetch(what, work));
      return null;
    }
  }

  private startIds(): string[] {
    return this.state.ops.flatMap((o) => (o.k === 'start' ? [o.id] : []));
  }

  /** The nodes a layout grows from: the selection or the first start, then the other starts. */
  private layoutRoots(): string[] {
    const root = this.rootId();
    return [...(root ? [root] : []), ...this.startIds()];
  }

  private rootId(): string | null {
    const first = this.state.ops.find((o) => o.k === 'start');
    return this.selected[0] ?? (first && first.k === 'start' ? first.id : null);
  }

  private anchorFor(id: string): string | null {
    return this.graph.cy.getElementById(id).nonempty() ? id : null;
  }

  private wireToolbar(): void {
    const layout = byId<HTMLSelectElement>('layout-select');
    layout.addEventListener('change', () => {
      this.layoutName = layout.value as LayoutName;
      this.writeUrl();
      void this.graph.layout(this.layoutName, { root: this.rootId(), roots: this.startIds(), fit: true });
    });
    const lang = byId<HTMLSelectElement>('lang-select');
    lang.addEventListener('change', () => {
      this.lang = lang.value as LabelLang;
      void this.render({});
    });
    byId('btn-fit').addEventListener('click', () => this.graph.fit());
    byId('btn-undo').addEventListener('click', () => this.undo());
    byId('btn-redo').addEventListener('click', () => this.redo());
    byId('btn-unhide').addEventListener('click', () => this.change(unhideAll(this.state)));
    byId('btn-png').addEventListener('click', () => {
      if (this.state.nodes.size === 0) {
        this.status.info('Nothing to export yet: start from a name first.');
        return;
      }
      this.download(`${this.fileStem()}.png`, this.graph.png());
    });
    byId('btn-json').addEventListener('click', () => {
      const doc = exportDocument(this.state, this.viewState(), this.graph.positions(), location.href);
      this.download(
        `${this.fileStem()}.json`,
        new Blob([JSON.stringify(doc, null, 2)], { type: 'application/json' }),
      );
    });
    byId('btn-link').addEventListener('click', () => {
      const link = location.href;
      navigator.clipboard.writeText(link).then(
        () => this.status.info('Link to this view copied.'),
        () => this.status.info(`Copy this link: ${link}`),
      );
    });
    const help = byId<HTMLDialogElement>('help');
    byId('btn-help').addEventListener('click', () => help.showModal());
  }

  private wireKeyboard(): void {
    document.addEventListener('keydown', (e) => {
      const target = e.target as HTMLElement | null;
      const typing =
        target instanceof HTMLInputElement ||
        target instanceof HTMLTextAreaElement ||
        target instanceof HTMLSelectElement;
      if (e.key === 'Escape') {
        if (document.querySelector('dialog[open]')) return; // the dialog closes itself
        if (this.search.close()) return;
        if (this.details.isOpen) {
          e.preventDefault();
          this.closeDetails();
          byId('search-input').focus();
          return;
        }
        if (this.filtersPanel.isOpen) {
          this.filtersPanel.setOpen(false);
          byId('btn-filters').focus();
        }
        return;
      }
      if (typing || e.altKey) return;
      const mod = e.ctrlKey || e.metaKey;
      if (mod && e.key.toLowerCase() === 'z') {
        e.preventDefault();
        if (e.shiftKey) this.redo();
        else this.undo();
        return;
      }
      if (mod && e.key.toLowerCase() === 'y') {
        e.preventDefault();
        this.redo();
        return;
      }
      if (mod) return;
      const nodes = this.selected.filter((id) => this.state.nodes.has(id));
      switch (e.key) {
        case '/':
          e.preventDefault();
          this.search.focus();
          break;
        case '?':
          byId<HTMLDialogElement>('help').showModal();
          break;
        case 'e':
          if (nodes.length === 1) void this.expandNode(nodes[0]!);
          break;
        case 'h':
          if (nodes.length > 0) this.change(hide(this.state, nodes));
          break;
        case 'p':
          if (nodes.length === 1) this.togglePin(nodes[0]!);
          break;
        case 'Delete':
        case 'Backspace':
          if (nodes.length > 0) this.change(remove(this.state, nodes));
          break;
        case 'x':
          if (nodes.length === 2) void this.findPath(nodes[0]!, nodes[1]!);
          break;
        case 'f':
          this.graph.fit();
          break;
        case 'l':
          this.filtersPanel.setOpen(!this.filtersPanel.isOpen);
          break;
      }
    });
  }
}
