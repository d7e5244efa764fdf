// The filter panel: kinds of node, CAMEO quad classes and root codes, and a date range over the
// events and claims in view. It only edits a Filters value (state/filters.ts).
import CAMEO_ROOTS from '../data/cameo-roots.json' with { type: 'json' };
import { CATEGORY_COLOURS, QUAD_COLOURS, QUAD_NAMES } from '../state/appearance.ts';
import { CATEGORIES, type Category, type NodeData } from '../state/elements.ts';
import { facetCounts, isActive, NO_FILTERS, toggle, type Filters, type QuadClass } from '../state/filters.ts';
import { dateDomain, dayNumber, isoOfDay } from '../state/time.ts';
import { byId, clear, h } from './dom.ts';
import { typeName } from './search.ts';

const ROOT_NAMES = CAMEO_ROOTS as Record<string, string>;

export class FiltersPanel {
  private readonly el = byId('filters-panel');
  private readonly toggleButton = byId<HTMLButtonElement>('btn-filters');

  constructor(private readonly onChange: (f: Filters) => void) {
    this.toggleButton.addEventListener('click', () => this.setOpen(this.el.hidden));
  }

  get isOpen(): boolean {
    return !this.el.hidden;
  }

  setOpen(open: boolean): void {
    this.el.hidden = !open;
    this.toggleButton.setAttribute('aria-expanded', String(open));
    if (open) (this.el.querySelector('input, button') as HTMLElement | null)?.focus();
  }

  render(nodes: readonly NodeData[], f: Filters): void {
    const focused = document.activeElement?.id;
    const counts = facetCounts(nodes);
    this.toggleButton.textContent = isActive(f) ? 'Filters •' : 'Filters';
    this.toggleButton.title = isActive(f) ? 'Filters (some are on) (L)' : 'Filters (L)';
    const categoryBoxes = CATEGORIES.map((c: Category) =>
      this.check(
        `filter-cat-${c}`,
        typeName(c),
        !f.hiddenCategories.has(c),
        counts.categories.get(c) ?? 0,
        CATEGORY_COLOURS[c] ?? '#999',
        (on) => this.onChange({ ...f, hiddenCategories: toggle(f.hiddenCategories, c, on) }),
      ),
    );
    const quadBoxes = ([1, 2, 3, 4] as QuadClass[]).map((q) =>
      this.check(
        `filter-quad-${q}`,
        QUAD_NAMES[q]!,
        !f.hiddenQuads.has(q),
        counts.quads.get(q) ?? 0,
        QUAD_COLOURS[q]!,
        (on) => this.onChange({ ...f, hiddenQuads: toggle(f.hiddenQuads, q, on) }),
      ),
    );
    const roots = [...new Set([...counts.roots.keys(), ...f.hiddenRoots])].sort();
    const rootBoxes = roots.map((r) =>
      this.check(
        `filter-root-${r}`,
        `${r} ${ROOT_NAMES[r] ?? ''}`,
        !f.hiddenRoots.has(r),
        counts.roots.get(r) ?? 0,
        null,
        (on) => this.onChange({ ...f, hiddenRoots: toggle(f.hiddenRoots, r, on) }),
      ),
    );
    clear(
      this.el,
      h(
        'div',
        { class: 'panel-head' },
        h('h2', {}, 'Filters'),
        h(
          'button',
          {
            type: 'button',
            class: 'close',
            'aria-label': 'Close filters',
            onclick: () => this.setOpen(false),
          },
          '×',
        ),
      ),
      h('fieldset', {}, h('legend', {}, 'Show'), categoryBoxes),
      h('fieldset', {}, h('legend', {}, 'Events by CAMEO class'), quadBoxes),
      roots.length > 0
        ? h('fieldset', { class: 'roots' }, h('legend', {}, 'CAMEO categories'), rootBoxes)
        : null,
      this.dateRange(nodes, f),
      h(
        'button',
        { type: 'button', disabled: !isActive(f), onclick: () => this.onChange(NO_FILTERS) },
        'Clear filters',
      ),
    );
    if (focused) (document.getElementById(focused) as HTMLElement | null)?.focus();
  }

  private check(
    id: string,
    label: string,
    checked: boolean,
    count: number,
    colour: string | null,
    change: (on: boolean) => void,
  ): HTMLElement {
    return h(
      'label',
      { class: 'check', for: id },
      h('input', {
        type: 'checkbox',
        id,
        checked,
        onchange: (e: Event) => change((e.target as HTMLInputElement).checked),
      }),
      colour ? h('span', { class: 'swatch', style: `background:${colour}` }) : null,
      label,
      h('span', { class: 'count' }, String(count)),
    );
  }

  /** Two sliders over the days between the oldest and newest dated node in view. */
  private dateRange(nodes: readonly NodeData[], f: Filters): HTMLElement {
    // The domain spans the loaded nodes and the range set, so a range from a shared link stays visible.
    const extra = [f.from, f.to]
      .filter((d): d is string => d !== null)
      .map((d) => ({ id: `bound:${d}`, type: 'EVENT' as const, label: '', date: d }));
    const domain = dateDomain([...nodes, ...extra]);
    if (!domain)
      return h(
        'fieldset',
        {},
        h('legend', {}, 'Dates'),
        h('p', { class: 'why' }, 'No dated events or claims in view.'),
      );
    const lo = dayNumber(domain.min)!;
    const from = f.from ? dayNumber(f.from)! - lo : 0;
    const to = f.to ? dayNumber(f.to)! - lo : domain.days;
    const fromOut = h('output', { for: 'filter-from' }, isoOfDay(lo + from));
    const toOut = h('output', { for: 'filter-to' }, isoOfDay(lo + to));
    const set = (which: 'from' | 'to', value: number) => {
      let a = which === 'from' ? value : from;
      let b = which === 'to' ? value : to;
      if (a > b) [a, b] = which === 'from' ? [a, a] : [b, b];
      this.onChange({
        ...f,
        from: a <= 0 ? null : isoOfDay(lo + a),
        to: b >= domain.days ? null : isoOfDay(lo + b),
      });
    };
    const slider = (id: string, label: string, value: number, out: HTMLElement, which: 'from' | 'to') =>
      h(
        'label',
        { for: id },
        `${label} `,
        out,
        h('input', {
          type: 'range',
          id,
          min: 0,
          max: Math.max(domain.days, 1),
          step: 1,
          value,
          disabled: domain.days === 0,
          'aria-valuetext': isoOfDay(lo + value),
          oninput: (e: Event) => {
            const v = Number((e.target as HTMLInputElement).value);
            out.textContent = isoOfDay(lo + v);
          },
          onchange: (e: Event) => set(which, Number((e.target as HTMLInputElement).value)),
        }),
      );
    return h(
      'fieldset',
      { class: 'range' },
      h('legend', {}, 'Dates of events and claims'),
      slider('filter-from', 'From', from, fromOut, 'from'),
      slider('filter-to', 'To', to, toOut, 'to'),
      h(
        'label',
        { class: 'check', for: 'filter-undated' },
        h('input', {
          type: 'checkbox',
          id: 'filter-undated',
          checked: f.undated,
          onchange: (e: Event) => this.onChange({ ...f, undated: (e.target as HTMLInputElement).checked }),
        }),
        'Keep undated ones',
      ),
    );
  }
}
