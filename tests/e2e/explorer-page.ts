// Driving the explorer in Chromium the way an analyst does: keys, clicks on the canvas at a
// node's drawn position, buttons. Reads the graph back through the page's debugging handle
// (window.__isnad: the Cytoscape core and the state), never by reaching into the server.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot } from '../../server/config.ts';

export const ARTIFACTS = path.join(repoRoot, 'test-artifacts', 'e2e');

export async function shot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Waits until no request is running and the expand animation is over. */
export async function idle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getElementById('busy')?.hidden === true, null, {
    timeout: 30_000,
  });
  await page.waitForFunction(
    () => !window.__isnad?.cy.nodes().some((n) => (n as unknown as { animated(): boolean }).animated()),
    null,
    {
      timeout: 10_000,
    },
  );
  await page.waitForTimeout(50);
}

export async function nodeIds(page: Page, selector = 'node'): Promise<string[]> {
  return page.evaluate(
    (sel) =>
      window
        .__isnad!.cy.nodes(sel)
        .filter((n) => !n.hasClass('more'))
        .map((n) => n.id())
        .sort(),
    selector,
  );
}

export async function visibleIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    window
      .__isnad!.cy.nodes()
      .filter((n) => n.visible() && !n.hasClass('more'))
      .map((n) => n.id())
      .sort(),
  );
}

/** Centres the view on a node, then clicks (or double-clicks) it where the canvas draws it. */
export async function clickNode(
  page: Page,
  id: string,
  how: { shift?: boolean; double?: boolean } = {},
): Promise<void> {
  const at = await page.evaluate((nodeId) => {
    const cy = window.__isnad!.cy;
    const n = cy.getElementById(nodeId);
    if (n.empty()) throw new Error(`node ${nodeId} is not drawn`);
    if (!n.visible()) throw new Error(`node ${nodeId} is not visible`);
    cy.stop();
    cy.center(n);
    const p = n.renderedPosition();
    const box = cy.container()!.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
  if (how.shift) await page.keyboard.down('Shift');
  if (how.double) await page.mouse.dblclick(at.x, at.y);
  else await page.mouse.click(at.x, at.y);
  if (how.shift) await page.keyboard.up('Shift');
}

/** Clicks an edge at its midpoint, once the view is centred there. */
export async function clickEdge(page: Page, id: string): Promise<void> {
  const at = await page.evaluate((edgeId) => {
    const cy = window.__isnad!.cy;
    const e = cy.getElementById(edgeId);
    if (e.empty() || !e.isEdge()) throw new Error(`edge ${edgeId} is not drawn`);
    cy.stop();
    cy.zoom(1.2);
    cy.center(e);
    const p = e.renderedMidpoint();
    const box = cy.container()!.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
  await page.mouse.click(at.x, at.y);
}

export async function selectedIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    window
      .__isnad!.cy.$(':selected')
      .map((e) => e.id())
      .sort(),
  );
}

/** A GraphQL request to the server under test, for choosing what to click and what to expect. */
export async function graphql<T>(
  base: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data!;
}
