// The isnad of a claim as a path: speaker → via… → article.
import { expect, it } from 'vitest';
import { claimChain } from '../../client/src/state/claim-chain.ts';
import { edge } from './elements.ts';

const C = 'claim:0123456789abcdef:7';
const ARTICLE = 'article:0123456789abcdef';

it('orders the chain by VIA order, from the speaker to the article', () => {
  const chain = claimChain(C, [
    edge(C, 'VIA', 'actor:agency', { order: 1 }),
    edge(C, 'REPORTED_IN', ARTICLE),
    edge(C, 'SAID_BY', 'actor:david-maxwell'),
    edge(C, 'VIA', 'actor:wall-street-journal', { order: 0 }),
    edge(C, 'ABOUT', 'country:KP'),
    edge('claim:other:1', 'SAID_BY', 'actor:someone'),
  ]);
  expect(chain.path).toEqual(['actor:david-maxwell', 'actor:wall-street-journal', 'actor:agency', ARTICLE]);
  expect(chain.links.map((l) => [l.source, l.target])).toEqual([
    ['actor:david-maxwell', 'actor:wall-street-journal'],
    ['actor:wall-street-journal', 'actor:agency'],
    ['actor:agency', ARTICLE],
  ]);
  expect(new Set(chain.links.map((l) => l.id)).size).toBe(3);
});

it('goes from the speaker straight to the article when nobody passed the words on', () => {
  const chain = claimChain(C, [
    edge(C, 'SAID_BY', 'actor:wall-street-journal'),
    edge(C, 'REPORTED_IN', ARTICLE),
  ]);
  expect(chain.path).toEqual(['actor:wall-street-journal', ARTICLE]);
  expect(chain.via).toEqual([]);
});

it('handles an unattributed claim and a chain whose article is not loaded', () => {
  expect(claimChain(C, [edge(C, 'REPORTED_IN', ARTICLE)]).path).toEqual([ARTICLE]);
  const c = claimChain(C, [
    edge(C, 'SAID_BY', 'actor:a'),
    edge(C, 'VIA', 'actor:a', { order: 0 }),
    edge(C, 'VIA', 'actor:b'),
  ]);
  // The speaker is not repeated as a link of its own chain; a link without order goes last.
  expect(c.path).toEqual(['actor:a', 'actor:b']);
  expect(c.links).toHaveLength(1);
});
