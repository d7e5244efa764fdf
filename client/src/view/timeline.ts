// The timeline strip: the dated nodes in view (events as diamonds coloured by quad class,
// claims as slanted marks) along their dates, synced with the graph's selection both ways.
import { QUAD_COLOURS, QUAD_NAMES } from '../state/appearance.ts';
import type { NodeData } from '../state/elements.ts';
import { dateDomain, timelineItems } from '../state/time.ts';
import { byId, clear, h } from './dom.ts';

export class Timeline {
  private readonly el = byId('timeline');
  private marks = new Map<string, HTMLButtonElement>();

  constructor(private readonly onPick: (id: string) => void) {}

  render(visible: readonly NodeData[], selected: readonly string[]): void {
    const domain = dateDomain(visible);
    this.marks.clear();
    if (!domain) {
      this.el.hidden = true;
      clear(this.el);
      return;
    }
    this.el.hidden = false;
    const items = timelineItems(visible, domain);
    const sel = new Set(selected);
    const track = h('div', {
      class: 'track',
      role: 'group',
      'aria-label': `${items.length} dated events and claims`,
    });
    for (const it of items) {
      const n = it.node;
      const what =
        n.type === 'EVENT' ? `${n.label} (${QUAD_NAMES[n.quadClass ?? 0] ?? 'event'})` : `Claim: ${n.label}`;
      const mark: HTMLButtonElement = h('button', {
        type: 'button',
        class: n.type === 'EVENT' ? 'mark event' : 'mark claim',
        style: `left:${(it.x * 100).toFixed(3)}%;top:${4 + it.lane * 12}px;${n.type === 'EVENT' ? `background:${QUAD_COLOURS[n.quadClass ?? 0] ?? '#999'}` : ''}`,
        title: `${it.date} · ${what}`,
        'aria-label': `${it.date}: ${what}`,
        'aria-pressed': String(sel.has(n.id)),
        'data-node': n.id,
        onclick: () => this.onPick(n.id),
      });
      this.marks.set(n.id, mark);
      track.append(mark);
    }
    clear(
      this.el,
      h(
        'div',
        { class: 'axis' },
        h('span', {}, domain.min),
        h('span', {}, `Timeline · ${items.length} dated`),
        h('span', {}, domain.max),
      ),
      track,
    );
  }

  /** Follows the graph's selection without rebuilding the strip. */
  select(selected: readonly string[]): void {
    const sel = new Set(selected);
    for (const [id, mark] of this.marks) mark.setAttribute('aria-pressed', String(sel.has(id)));
  }
}
