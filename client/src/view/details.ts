// The details panel: what a node is (names in both languages, kind, country, counts), why an edge
// exists (rule, confidence, sentence), a claim's chain of attribution, and the evidence: the
// source sentences with the mention marked, in their own direction, linked to the article.
import { ApiError } from '../api/client.ts';
import type { EvidenceItem, EvidencePage, ExplorerApi, NameRef, NodeDetails } from '../api/explorer-api.ts';
import { directionOf, flagOf, QUAD_COLOURS, QUAD_NAMES } from '../state/appearance.ts';
import type { ClaimChain } from '../state/claim-chain.ts';
import type { EdgeData, NodeData } from '../state/elements.ts';
import { segments } from '../state/highlight.ts';
import { byId, clear, formatCount, h, textDir } from './dom.ts';
import { typeName } from './search.ts';

export interface DetailsActions {
  expand(id: string): void;
  hide(ids: string[]): void;
  togglePin(id: string): void;
  remove(ids: string[]): void;
  select(id: string): void;
  path(a: string, b: string): void;
  /** Link (fragment) that opens the article reader on a sentence. */
  readerHref(sentenceId: string): string;
  close(): void;
}

/** What the explorer knows about a node besides the API's details. */
export interface NodeContext {
  data: NodeData | null;
  pinned: boolean;
  /** Neighbours waiting behind "+N more" (loaded and beyond the server's limit). */
  more: number;
  chain: ClaimChain | null;
  names: (id: string) => string;
}

export class DetailsPanel {
  private readonly el = byId('details');
  private request: AbortController | null = null;

  constructor(
    private readonly api: ExplorerApi,
    private readonly actions: DetailsActions,
  ) {}

  get isOpen(): boolean {
    return !this.el.hidden;
  }

  close(): void {
    this.request?.abort();
    this.el.hidden = true;
    clear(this.el);
  }

  private open(title: string, ...body: (Node | string | null)[]): void {
    this.el.hidden = false;
    clear(
      this.el,
      h(
        'div',
        { class: 'panel-head' },
        h('h2', { id: 'details-title', dir: 'auto' }, title),
        h(
          'button',
          {
            type: 'button',
            class: 'close',
            'aria-label': 'Close details (Esc)',
            onclick: () => this.actions.close(),
          },
          '×',
        ),
      ),
      ...body,
    );
    this.el.setAttribute('aria-labelledby', 'details-title');
  }

  private begin(): AbortSignal {
    this.request?.abort();
    this.request = new AbortController();
    return this.request.signal;
  }

  async showNode(id: string, ctx: NodeContext): Promise<void> {
    const signal = this.begin();
    const label = ctx.data?.label ?? id;
    this.open(label, this.nodeActions(id, ctx), h('p', { class: 'why' }, 'Loading details…'));
    try {
      const d = await this.api.nodeDetails(id, signal);
      if (signal.aborted) return;
      if (!d) {
        this.open(
          label,
          h(
            'p',
            { class: 'inline-error' },
            'This node is no longer in the graph (its article may have been deleted).',
          ),
        );
        return;
      }
      this.open(
        d.name ?? d.label ?? d.title ?? label,
        this.nodeActions(id, ctx),
        ...this.nodeBody(d, ctx),
        this.evidenceSection(id, d.evidence, 'Evidence', signal),
      );
    } catch (e) {
      if (e instanceof ApiError && e.kind === 'aborted') return;
      this.open(
        label,
        this.nodeActions(id, ctx),
        this.errorBlock(e, () => void this.showNode(id, ctx)),
      );
    }
  }

  async showEdge(edge: EdgeData, names: (id: string) => string): Promise<void> {
    const signal = this.begin();
    const title = `${names(edge.source)} → ${names(edge.target)}`;
    const why = [
      h(
        'dl',
        { class: 'facts' },
        h('dt', {}, 'Relation'),
        h('dd', {}, `${edge.label} (${edge.type})`),
        h('dt', {}, 'From'),
        h('dd', {}, this.nodeButton(edge.source, names(edge.source))),
        h('dt', {}, 'To'),
        h('dd', {}, this.nodeButton(edge.target, names(edge.target))),
        h('dt', {}, 'Rule'),
        h('dd', {}, h('code', {}, edge.rule ?? 'unknown')),
        h('dt', {}, 'Confidence'),
        h('dd', {}, edge.confidence == null ? '–' : `${Math.round(edge.confidence * 100)} %`),
        h('dt', {}, 'Articles'),
        h('dd', {}, formatCount(edge.count ?? 1)),
        edge.order != null ? [h('dt', {}, 'Chain position'), h('dd', {}, String(edge.order + 1))] : null,
      ),
    ];
    this.open(
      title,
      h('p', { class: 'why' }, 'Why this link exists:'),
      ...why,
      h('p', { class: 'why' }, 'Loading the sentences…'),
    );
    try {
      const page = await this.api.evidence(edge.id, null, 5, signal);
      if (signal.aborted) return;
      this.open(
        title,
        h('p', { class: 'why' }, 'Why this link exists:'),
        ...why,
        this.evidenceSection(edge.id, page, 'Evidence', signal),
      );
    } catch (e) {
      if (e instanceof ApiError && e.kind === 'aborted') return;
      this.open(
        title,
        ...why,
        this.errorBlock(e, () => void this.showEdge(edge, names)),
      );
    }
  }

  showPair(a: string, b: string, names: (id: string) => string): void {
    this.begin();
    this.open(
      '2 nodes selected',
      h('ul', {}, h('li', {}, this.nodeButton(a, names(a))), h('li', {}, this.nodeButton(b, names(b)))),
      h(
        'div',
        { class: 'actions' },
        h(
          'button',
          { type: 'button', class: 'primary', onclick: () => this.actions.path(a, b) },
          'Shortest path',
        ),
        h('button', { type: 'button', onclick: () => this.actions.hide([a, b]) }, 'Hide both'),
        h('button', { type: 'button', onclick: () => this.actions.remove([a, b]) }, 'Remove both'),
      ),
    );
  }

  showMessage(title: string, text: string): void {
    this.begin();
    this.open(title, h('p', {}, text));
  }

  private nodeActions(id: string, ctx: NodeContext): HTMLElement {
    return h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          type: 'button',
          class: 'primary',
          'data-action': 'expand',
          title: 'Expand (E or double-click)',
          onclick: () => this.actions.expand(id),
        },
        ctx.more > 0 ? `Expand: +${ctx.more} more` : 'Expand',
      ),
      h(
        'button',
        { type: 'button', 'data-action': 'hide', title: 'Hide (H)', onclick: () => this.actions.hide([id]) },
        'Hide',
      ),
      h(
        'button',
        {
          type: 'button',
          'data-action': 'pin',
          'aria-pressed': String(ctx.pinned),
          title: 'Pin in place (P)',
          onclick: () => this.actions.togglePin(id),
        },
        ctx.pinned ? 'Unpin' : 'Pin',
      ),
      h(
        'button',
        {
          type: 'button',
          'data-action': 'remove',
          title: 'Remove from view (Del)',
          onclick: () => this.actions.remove([id]),
        },
        'Remove',
      ),
    );
  }

  private nodeBody(d: NodeDetails, ctx: NodeContext): (Node | null)[] {
    const facts: (Node | null)[] = [];
    const row = (k: string, v: Node | string | null | undefined) =>
      v === null || v === undefined || v === '' ? [] : [h('dt', {}, k), h('dd', {}, v)];
    switch (d.__typename) {
      case 'Actor':
      case 'Country':
      case 'Place': {
        const flag = flagOf(d.__typename === 'Country' ? d.code : d.country?.code);
        facts.push(
          h(
            'dl',
            { class: 'facts' },
            row('English', d.nameEn ? h('span', { lang: 'en', dir: 'ltr' }, d.nameEn) : null),
            row(
              'Arabic',
              d.nameAr ? h('span', { lang: 'ar', dir: 'rtl', class: 'name-ar' }, d.nameAr) : null,
            ),
            row('Type', typeName(d.type)),
            row('Role', d.role ?? null),
            row(
              'Country',
              d.__typename === 'Country'
                ? `${flag} ${d.code ?? ''}${d.region ? ` · ${d.region}` : ''}`
                : d.country
                  ? this.nodeButton(d.country.id, `${flag} ${d.country.name}`)
                  : null,
            ),
            row(
              'Mentions',
              `${formatCount(d.mentionCount)} in ${formatCount(d.articleCount)} article${d.articleCount === 1 ? '' : 's'}`,
            ),
            row('Source', d.known ? 'curated lexicon' : 'detected in text'),
          ),
        );
        const aliases = (d.aliases ?? []).filter((a) => a !== d.name);
        if (aliases.length > 0) {
          facts.push(
            h('h3', {}, 'Also written'),
            h(
              'ul',
              { class: 'chips' },
              aliases.slice(0, 30).map((a) => h('li', { dir: directionOf(a) }, a)),
            ),
          );
        }
        break;
      }
      case 'Event': {
        const quad = d.quadClass ?? 0;
        facts.push(
          h(
            'dl',
            { class: 'facts' },
            row('CAMEO', `${d.code} · ${d.label}`),
            row(
              'Class',
              h(
                'span',
                {},
                h('span', { class: 'swatch', style: `background:${QUAD_COLOURS[quad] ?? '#999'}` }),
                QUAD_NAMES[quad] ?? '',
              ),
            ),
            row('Date', d.date ?? 'unknown'),
            row('Status', d.mode ?? null),
            row('Who', this.nameList(d.sources ?? [])),
            row('On whom', this.nameList(d.targets ?? [])),
            row('Where', d.place ? this.nodeButton(d.place.id, d.place.name) : null),
            row('Reports', `${formatCount(d.reportCount)} article${d.reportCount === 1 ? '' : 's'}`),
          ),
        );
        break;
      }
      case 'Claim': {
        facts.push(
          h(
            'blockquote',
            { class: 'claim-text', dir: directionOf(d.text ?? ''), lang: d.article?.lang ?? undefined },
            `«${d.text ?? ''}»`,
          ),
          h(
            'dl',
            { class: 'facts' },
            row('Stance', d.stance ?? null),
            row('Verb', d.verb ? h('span', { dir: directionOf(d.verb) }, d.verb) : null),
            row('Date', d.date ?? null),
            row('About', this.nameList(d.about ?? [])),
            row('Rule', d.rule ? h('code', {}, d.rule) : null),
            row('Confidence', d.confidence == null ? null : `${Math.round(d.confidence * 100)} %`),
          ),
          h('h3', {}, 'Chain of attribution'),
          this.chainList(d, ctx),
        );
        break;
      }
      case 'Article': {
        facts.push(
          h(
            'dl',
            { class: 'facts' },
            row('Source', d.source ?? null),
            row('Author', d.author ?? null),
            row('Published', d.publishedAt ?? null),
            row('Language', d.lang === 'ar' ? 'Arabic' : d.lang === 'en' ? 'English' : null),
            row('Sentences', formatCount(d.sentenceCount)),
            row(
              'Original',
              d.url ? h('a', { href: d.url, target: '_blank', rel: 'noopener noreferrer' }, d.url) : null,
            ),
          ),
          h('p', {}, h('a', { href: this.actions.readerHref(`${d.id}#0`) }, 'Read the article')),
        );
        break;
      }
    }
    return facts;
  }

  /** Speaker → via… → article, each a button that selects it in the graph. */
  private chainList(d: NodeDetails, ctx: NodeContext): HTMLElement {
    const items: HTMLElement[] = [];
    if (d.speaker)
      items.push(
        h('li', {}, this.nodeButton(d.speaker.id, d.speaker.name), h('span', { class: 'role' }, 'said it')),
      );
    else items.push(h('li', {}, h('span', { class: 'role' }, 'No named speaker')));
    for (const v of d.via ?? [])
      items.push(h('li', {}, this.nodeButton(v.id, v.name), h('span', { class: 'role' }, 'passed it on')));
    if (d.article) {
      items.push(
        h(
          'li',
          {},
          this.nodeButton(d.article.id, d.article.title ?? d.article.source ?? 'Article'),
          h('span', { class: 'role' }, 'printed it'),
        ),
      );
    }
    const inView = ctx.chain ? ctx.chain.path.length : 0;
    return h(
      'div',
      {},
      h(
        'ol',
        { class: 'chain', 'aria-label': 'Chain of attribution, from the speaker to the article' },
        items,
      ),
      inView > 1 ? h('p', { class: 'why' }, 'The chain is drawn in the graph as a thick brown path.') : null,
    );
  }

  private nameList(refs: NameRef[]): Node | null {
    if (refs.length === 0) return null;
    return h(
      'span',
      {},
      refs.map((r, i) => [i > 0 ? ', ' : null, this.nodeButton(r.id, r.name)]),
    );
  }

  private nodeButton(id: string, label: string): HTMLElement {
    return h(
      'button',
      { type: 'button', class: 'link', dir: 'auto', 'data-node': id, onclick: () => this.actions.select(id) },
      label,
    );
  }

  private evidenceSection(id: string, page: EvidencePage, title: string, signal: AbortSignal): HTMLElement {
    const list = h('div', { class: 'evidence-list' });
    const section = h('section', { 'aria-label': title }, h('h3', {}, title), list);
    const add = (p: EvidencePage) => {
      for (const item of p.nodes) list.append(this.evidenceFigure(item));
      if (p.nodes.length === 0 && list.childElementCount === 0)
        list.append(h('p', { class: 'why' }, 'No sentence recorded.'));
      if (p.pageInfo.hasNextPage && p.pageInfo.endCursor) {
        const more: HTMLButtonElement = h(
          'button',
          {
            type: 'button',
            onclick: async () => {
              more.disabled = true;
              try {
                const next = await this.api.evidence(id, p.pageInfo.endCursor, 10, signal);
                more.remove();
                add(next);
              } catch (e) {
                more.disabled = false;
                more.after(
                  h(
                    'p',
                    { class: 'inline-error', role: 'alert' },
                    e instanceof Error ? e.message : String(e),
                  ),
                );
              }
            },
          },
          'More sentences',
        );
        list.append(more);
      }
    };
    add(page);
    return section;
  }

  private evidenceFigure(item: EvidenceItem): HTMLElement {
    const lang = item.article?.lang;
    const quote = h(
      'blockquote',
      { ...textDir(item.text, lang) },
      segments(item.text, item.highlights).map((s) =>
        s.mark ? h('mark', { 'data-node': s.nodeId ?? undefined }, s.text) : document.createTextNode(s.text),
      ),
    );
    const a = item.article;
    return h(
      'figure',
      { class: 'evidence', 'data-sentence': item.id },
      quote,
      h(
        'figcaption',
        {},
        h(
          'a',
          { href: this.actions.readerHref(item.id), 'data-read': item.id },
          a?.title ? h('span', { dir: 'auto' }, a.title) : 'Read in the article',
        ),
        a?.source ? h('span', { dir: 'auto' }, a.source) : null,
        a?.publishedAt ? h('span', {}, a.publishedAt.slice(0, 10)) : null,
        `sentence ${item.index + 1}`,
        item.rule
          ? h(
              'span',
              {},
              'rule ',
              h('code', {}, item.rule),
              item.confidence != null ? ` · ${Math.round(item.confidence * 100)} %` : null,
            )
          : null,
        a?.url ? h('a', { href: a.url, target: '_blank', rel: 'noopener noreferrer' }, 'original ↗') : null,
      ),
    );
  }

  private errorBlock(e: unknown, retry: () => void): HTMLElement {
    return h(
      'div',
      { role: 'alert' },
      h('p', { class: 'inline-error' }, e instanceof Error ? e.message : String(e)),
      h('button', { type: 'button', onclick: retry }, 'Retry'),
    );
  }
}
