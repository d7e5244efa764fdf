// The article reader: the whole article in its own direction, the evidence sentence marked and
// scrolled into view. Opened from an evidence link (#…&read=<sentence id>), so it can be shared.
import type { ExplorerApi } from '../api/explorer-api.ts';
import { segments } from '../state/highlight.ts';
import { byId, clear, h, textDir } from './dom.ts';

export class Reader {
  private readonly dialog = byId<HTMLDialogElement>('reader');
  private current: string | null = null;

  constructor(
    private readonly api: ExplorerApi,
    private readonly onClose: () => void,
  ) {
    this.dialog.addEventListener('close', () => {
      this.current = null;
      this.onClose();
    });
  }

  get openId(): string | null {
    return this.current;
  }

  close(): void {
    if (this.dialog.open) this.dialog.close();
  }

  async open(sentenceId: string): Promise<void> {
    const articleId = sentenceId.includes('#') ? sentenceId.slice(0, sentenceId.indexOf('#')) : sentenceId;
    this.current = sentenceId;
    clear(
      this.dialog,
      h('h2', { id: 'reader-title' }, 'Article'),
      h('p', { role: 'status' }, 'Loading the article…'),
    );
    if (!this.dialog.open) this.dialog.showModal();
    try {
      const [article, sentence] = await Promise.all([
        this.api.article(articleId),
        sentenceId.includes('#')
          ? this.api.evidence(sentenceId, null, 1).then((p) => p.nodes[0] ?? null)
          : Promise.resolve(null),
      ]);
      if (this.current !== sentenceId) return;
      if (!article) {
        clear(
          this.dialog,
          h('h2', { id: 'reader-title' }, 'Article not found'),
          h('p', {}, `No article ${articleId} in the graph.`),
          closeForm(),
        );
        return;
      }
      const spans = sentence ? [{ start: sentence.start, end: sentence.end }] : [];
      const body = h(
        'div',
        { class: 'article-text', ...textDir(article.text, article.lang) },
        segments(article.text, spans).map((s) =>
          s.mark
            ? h('mark', { id: 'reader-sentence', tabindex: -1 }, s.text)
            : document.createTextNode(s.text),
        ),
      );
      clear(
        this.dialog,
        h('h2', { id: 'reader-title', dir: 'auto' }, article.title ?? article.source ?? 'Article'),
        h(
          'p',
          { class: 'why' },
          [article.source, article.author, article.publishedAt?.slice(0, 10)].filter(Boolean).join(' · '),
          article.url
            ? [
                ' · ',
                h('a', { href: article.url, target: '_blank', rel: 'noopener noreferrer' }, 'original ↗'),
              ]
            : null,
        ),
        body,
        closeForm(),
      );
      const mark = this.dialog.querySelector<HTMLElement>('#reader-sentence');
      mark?.scrollIntoView({ block: 'center' });
      mark?.focus({ preventScroll: true });
    } catch (e) {
      clear(
        this.dialog,
        h('h2', { id: 'reader-title' }, 'Article'),
        h('p', { class: 'inline-error', role: 'alert' }, e instanceof Error ? e.message : String(e)),
        closeForm(),
      );
    }
  }
}

function closeForm(): HTMLElement {
  return h('form', { method: 'dialog' }, h('button', {}, 'Close'));
}
