// The empty state: where to begin when the view holds nothing. The most mentioned actors and
// the events of the latest articles, each one click from its neighbourhood.
import type { ExplorerApi, NameRef, StartingPoints } from '../api/explorer-api.ts';
import { directionOf, flagOf, QUAD_COLOURS, QUAD_NAMES } from '../state/appearance.ts';
import { byId, clear, formatCount, h } from './dom.ts';
import { typeName } from './search.ts';

export class StartPanel {
  private readonly el = byId('start');
  private loaded: StartingPoints | null = null;

  constructor(
    private readonly api: ExplorerApi,
    private readonly onStart: (id: string) => void,
    private readonly focusSearch: () => void,
  ) {}

  hide(): void {
    this.el.hidden = true;
  }

  async show(): Promise<void> {
    this.el.hidden = false;
    if (this.loaded) {
      this.render(this.loaded);
      return;
    }
    clear(this.el, h('h2', {}, 'Start from a name'), h('p', { role: 'status' }, 'Loading starting points…'));
    try {
      this.loaded = await this.api.startingPoints();
      if (!this.el.hidden) this.render(this.loaded);
    } catch (e) {
      clear(
        this.el,
        h('h2', {}, 'Start from a name'),
        h(
          'div',
          { role: 'alert' },
          h('p', { class: 'inline-error' }, e instanceof Error ? e.message : String(e)),
          h('button', { type: 'button', onclick: () => void this.show() }, 'Retry'),
        ),
      );
    }
  }

  private render(sp: StartingPoints): void {
    const s = sp.stats;
    const names = (refs: NameRef[]) => refs.map((r) => r.name).join(', ');
    const events = sp.articles.nodes
      .flatMap((a) => a.events.nodes.map((ev) => ({ ev, article: a })))
      .slice(0, 12);
    clear(
      this.el,
      h('h2', {}, 'Start from a name'),
      h(
        'p',
        {},
        'Type a name in the search box (Arabic or English, press ',
        h('kbd', {}, '/'),
        '), or pick a starting point. ',
        h('button', { type: 'button', class: 'link', onclick: this.focusSearch }, 'Search'),
      ),
      h(
        'p',
        { class: 'sub' },
        `${formatCount(s.articles)} articles · ${formatCount(s.actors)} actors · ${formatCount(s.events)} events · ${formatCount(s.claims)} claims · ${formatCount(s.countriesMentioned)} countries mentioned`,
      ),
      s.topActors.length === 0 && events.length === 0
        ? h(
            'p',
            {},
            'The graph is empty: ingest articles first (npm run seed, or npm run ingest -- <files>).',
          )
        : null,
      s.topActors.length > 0 ? h('h3', {}, 'Most mentioned actors') : null,
      h(
        'ul',
        { class: 'cards', 'aria-label': 'Most mentioned actors' },
        s.topActors.map((a) => {
          const flag = flagOf(a.country?.code);
          return h(
            'li',
            {},
            h(
              'button',
              { type: 'button', 'data-start': a.id, onclick: () => this.onStart(a.id) },
              h('strong', { dir: directionOf(a.name) }, flag ? `${flag} ${a.name}` : a.name),
              a.nameAr && a.nameAr !== a.name ? h('span', { lang: 'ar', dir: 'rtl' }, a.nameAr) : null,
              h(
                'span',
                { class: 'sub' },
                `${typeName(a.type)}${a.role ? ` · ${a.role}` : ''} · ${formatCount(a.mentionCount)} mentions`,
              ),
            ),
          );
        }),
      ),
      events.length > 0 ? h('h3', {}, 'Latest events') : null,
      h(
        'ul',
        { class: 'cards', 'aria-label': 'Latest events' },
        events.map(({ ev, article }) =>
          h(
            'li',
            {},
            h(
              'button',
              { type: 'button', 'data-start': ev.id, onclick: () => this.onStart(ev.id) },
              h(
                'strong',
                {},
                h('span', {
                  class: 'swatch',
                  style: `background:${QUAD_COLOURS[ev.quadClass] ?? '#999'}`,
                  title: QUAD_NAMES[ev.quadClass] ?? '',
                }),
                ev.label,
              ),
              h('span', { dir: 'auto' }, [names(ev.sources), names(ev.targets)].filter(Boolean).join(' → ')),
              h(
                'span',
                { class: 'sub', dir: 'auto' },
                `${ev.date ?? 'undated'} · ${article.title ?? article.source ?? ''}`,
              ),
            ),
          ),
        ),
      ),
    );
  }
}
