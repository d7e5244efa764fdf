// Labels (direction, flags, wrapping), sizes.
import { describe, expect, it } from 'vitest';
import {
  directionOf,
  displayName,
  drawData,
  flagOf,
  layoutLabel,
  nodeLabel,
  nodeSize,
} from '../../client/src/state/appearance.ts';
import { node } from './elements.ts';

const RLM = '\u200F';

describe('labels', () => {
  it('tells direction by the first strong letter', () => {
    expect(directionOf('فلاديمير بوتين')).toBe('rtl');
    expect(directionOf('«بوتين» said')).toBe('rtl');
    expect(directionOf('2024: Putin')).toBe('ltr');
    expect(directionOf('…')).toBe('ltr');
  });

  it('makes flags from ISO codes', () => {
    expect(flagOf('RU')).toBe('🇷🇺');
    expect(flagOf('kp')).toBe('🇰🇵');
    expect(flagOf('RUS')).toBe('');
    expect(flagOf(null)).toBe('');
  });

  it('wraps words into lines, cuts with an ellipsis, and marks right-to-left lines', () => {
    expect(layoutLabel('Vladimir Putin')).toBe('Vladimir Putin');
    expect(layoutLabel('one two three four five six', 9, 2)).toBe('one two\nthree…');
    const ar = layoutLabel('كوريا الشمالية كانت زودت روسيا بالفعل', 14, 2);
    const lines = ar.split('\n');
    expect(lines).toHaveLength(2);
    for (const l of lines) {
      expect(l.startsWith(RLM)).toBe(true);
      expect(l.endsWith(RLM)).toBe(true);
    }
    expect(lines[1]).toContain('…');
    // Nothing is lost but the cut: the words come back in order.
    expect(ar.replaceAll(RLM, '').replace('…', '').split(/\s+/u)).toEqual([
      'كوريا',
      'الشمالية',
      'كانت',
      'زودت',
    ]);
  });

  it('picks the name in the language asked, else the label', () => {
    const p = node('actor:vladimir-putin', {
      label: 'Vladimir Putin',
      nameAr: 'فلاديمير بوتين',
      nameEn: 'Vladimir Putin',
    });
    expect(displayName(p, 'ar')).toBe('فلاديمير بوتين');
    expect(displayName(p, 'en')).toBe('Vladimir Putin');
    expect(displayName({ ...p, nameAr: null }, 'ar')).toBe('Vladimir Putin');
    expect(nodeLabel(node('country:RU', { label: 'Russia', country: 'RU' }), 'auto')).toBe('🇷🇺 Russia');
    expect(nodeLabel(node('event:x', { label: 'Make a visit', date: '2024-06-19' }), 'auto')).toBe(
      'Make a visit\n2024-06-19',
    );
    expect(drawData(p, 'ar')._dir).toBe('rtl');
  });

  it('sizes grow with mentions, within bounds', () => {
    const small = nodeSize(node('actor:a', { mentionCount: 1 }));
    const big = nodeSize(node('actor:b', { mentionCount: 200 }));
    expect(small).toBeLessThan(big);
    expect(nodeSize(node('actor:c', { mentionCount: 1e9 }))).toBe(90);
    expect(nodeSize(node('actor:d'))).toBe(24);
    expect(nodeSize(node('event:e', { reportCount: 3 }))).toBeGreaterThan(
      nodeSize(node('event:f', { reportCount: 1 })),
    );
  });
});
