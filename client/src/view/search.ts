// The search box: a combobox (WAI-ARIA pattern) that suggests entities as the analyst types, in
// Arabic or English, and hands the one picked to the explorer.
import { ApiError } from '../api/client.ts';
import type { ExplorerApi, SearchHit } from '../api/explorer-api.ts';
import { directionOf, flagOf } from '../state/appearance.ts';
import { byId, clear, formatCount, h } from './dom.ts';

const DEBOUNCE_MS = 140;

export interface SearchBox {
  focus(): void;
  close(): boolean;
}

export function mountSearch(api: ExplorerApi, onPick: (hit: SearchHit) => void): SearchBox {
  const input = byId<HTMLInputElement>('search-input');
  const list = byId<HTMLUListElement>('search-suggestions');
  const status = byId('search-status');
  let hits: SearchHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inflight: AbortController | null = null;
  let lastQuery = '';

  const open = (on: boolean) => {
    list.hidden = !on;
    input.setAttribute('aria-expanded', String(on));
    if (!on) {
      active = -1;
      input.removeAttribute('aria-activedescendant');
    }
  };

  const highlight = (i: number) => {
    active = i;
    list
      .querySelectorAll('[role="option"]')
      .forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    const li = list.children[i] as HTMLElement | undefined;
    if (li) {
      input.setAttribute('aria-activedescendant', li.id);
      li.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const pick = (hit: SearchHit) => {
    open(false);
    input.value = hit.name;
    status.textContent = '';
    onPick(hit);
  };

  const render = () => {
    clear(
      list,
      hits.map((hit, i) => {
        const flag = flagOf(hit.code ?? hit.country?.code);
        const other =
          hit.nameAr && hit.nameAr !== hit.name
            ? hit.nameAr
            : hit.nameEn && hit.nameEn !== hit.name
              ? hit.nameEn
              : null;
        return h(
          'li',
          {
            id: `search-option-${i}`,
            role: 'option',
            'aria-selected': 'false',
            'data-id': hit.id,
            onmousedown: (e: Event) => e.preventDefault(),
            onclick: () => pick(hit),
          },
          h(
            'span',
            { class: 'hit-name', dir: directionOf(hit.name) },
            flag ? `${flag} ${hit.name}` : hit.name,
          ),
          h('span', { class: 'hit-count' }, `${formatCount(hit.mentionCount)} mentions`),
          h(
            'span',
            { class: 'hit-meta' },
            other
              ? h(
                  'span',
                  { dir: directionOf(other), lang: directionOf(other) === 'rtl' ? 'ar' : 'en' },
                  other,
                )
              : null,
            other ? ' · ' : null,
            typeName(hit.type),
            hit.role ? ` · ${hit.role}` : null,
          ),
        );
      }),
    );
    open(hits.length > 0);
    if (hits.length > 0) highlight(0);
  };

  const run = async (query: string) => {
    inflight?.abort();
    const ctl = new AbortController();
    inflight = ctl;
    status.textContent = 'Searching…';
    try {
      hits = await api.search(query, 8, ctl.signal);
      if (ctl.signal.aborted) return;
      status.textContent = hits.length === 0 ? `Nothing found for “${query}”.` : `${hits.length} suggestions`;
      render();
    } catch (e) {
      if (e instanceof ApiError && e.kind === 'aborted') return;
      hits = [];
      open(false);
      status.textContent = e instanceof Error ? e.message : String(e);
      status.classList.add('inline-error');
    } finally {
      if (inflight === ctl) inflight = null;
    }
  };

  input.addEventListener('input', () => {
    const query = input.value.trim();
    status.classList.remove('inline-error');
    if (timer) clearTimeout(timer);
    if (query === '') {
      inflight?.abort();
      hits = [];
      open(false);
      status.textContent = '';
      lastQuery = '';
      return;
    }
    timer = setTimeout(() => {
      if (query !== lastQuery) {
        lastQuery = query;
        void run(query);
      }
    }, DEBOUNCE_MS);
  });

  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (list.hidden && hits.length > 0) open(true);
      highlight(Math.min(hits.length - 1, active + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      highlight(Math.max(0, active - 1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const hit = hits[active] ?? hits[0];
      if (hit && !list.hidden) pick(hit);
      else if (input.value.trim() !== '') {
        // Enter before the suggestions came: search now and take the best match.
        if (timer) clearTimeout(timer);
        lastQuery = input.value.trim();
        void run(lastQuery).then(() => {
          if (hits[0]) pick(hits[0]);
        });
      }
    } else if (e.key === 'Escape') {
      if (!list.hidden) {
        e.preventDefault();
        e.stopPropagation();
        open(false);
      }
    }
  });
  input.addEventListener('blur', () => setTimeout(() => open(false), 100));
  input.addEventListener('focus', () => {
    if (hits.length > 0 && input.value.trim() === lastQuery) open(true);
  });

  return {
    focus: () => {
      input.focus();
      input.select();
    },
    close: () => {
      if (list.hidden) return false;
      open(false);
      return true;
    },
  };
}

export function typeName(type: string | null | undefined): string {
  switch (type) {
    case 'PERSON':
      return 'Person';
    case 'ORGANIZATION':
      return 'Organisation';
    case 'MEDIA':
      return 'Media';
    case 'GROUP':
      return 'Group';
    case 'COUNTRY':
      return 'Country';
    case 'PLACE':
      return 'Place';
    case 'EVENT':
      return 'Event';
    case 'CLAIM':
      return 'Claim';
    case 'ARTICLE':
      return 'Article';
    default:
      return type ?? '';
  }
}
