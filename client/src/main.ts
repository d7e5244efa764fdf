// The explorer's entry point: the API client on this page's /graphql, then the app.
import './styles.css';
import { createClient, DEFAULT_TIMEOUT_MS } from './api/client.ts';
import { explorerApi } from './api/explorer-api.ts';
import { App } from './view/app.ts';

declare global {
  interface Window {
    /** The Cytoscape core and the explorer's state, for debugging in the console and for the browser tests. */
    __isnad?: App['debug'];
  }
}

// A request timeout may be set per browser (localStorage 'isnad.timeoutMs'), e.g. for a slow link.
const stored = Number(localStorage.getItem('isnad.timeoutMs'));
const timeoutMs = Number.isFinite(stored) && stored >= 100 ? stored : DEFAULT_TIMEOUT_MS;
const api = explorerApi(createClient({ endpoint: new URL('graphql', document.baseURI).pathname, timeoutMs }));

try {
  const app = new App(api);
  window.__isnad = app.debug;
  void app.init().catch(showFatal);
} catch (e) {
  showFatal(e);
}

function showFatal(e: unknown): void {
  const status = document.getElementById('status');
  const p = document.createElement('p');
  p.className = 'message error';
  p.setAttribute('role', 'alert');
  p.textContent = `The explorer failed to start: ${e instanceof Error ? e.message : String(e)}`;
  status?.replaceChildren(p);
  console.error(e);
}
