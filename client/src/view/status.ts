// Messages across the top of the page: errors from the server (down, timeout, failed query) with
// a way to retry, and short notices. The graph underneath stays as it was.
import { byId, clear, h } from './dom.ts';

export class StatusBar {
  private readonly el = byId('status');
  private readonly busyEl = byId('busy');
  private busyCount = 0;

  error(message: string, retry?: () => void): void {
    clear(
      this.el,
      h(
        'div',
        { class: 'message error', role: 'alert' },
        h('p', {}, message),
        retry
          ? h(
              'button',
              {
                type: 'button',
                onclick: () => {
                  this.clear();
                  retry();
                },
              },
              'Retry',
            )
          : null,
        h('button', { type: 'button', 'aria-label': 'Dismiss', onclick: () => this.clear() }, '×'),
      ),
    );
  }

  info(message: string): void {
    clear(
      this.el,
      h(
        'div',
        { class: 'message info', role: 'status' },
        h('p', {}, message),
        h('button', { type: 'button', 'aria-label': 'Dismiss', onclick: () => this.clear() }, '×'),
      ),
    );
  }

  clear(): void {
    clear(this.el);
  }

  /** Shows "Loading…" while at least one request runs. */
  async busy<T>(what: string, work: () => Promise<T>): Promise<T> {
    this.busyCount++;
    this.busyEl.textContent = `${what}…`;
    this.busyEl.hidden = false;
    try {
      return await work();
    } finally {
      this.busyCount--;
      if (this.busyCount === 0) this.busyEl.hidden = true;
    }
  }
}
