import { describe, expect, it } from 'vitest';
import { fitText, wrapWords, type Measure } from '../../../../src/components/share/images/text-fit';

/** Every character 0.5 em wide (bold 0.6 em): easy to reason about. */
const measure: Measure = (text, size, bold) => text.length * size * (bold ? 0.6 : 0.5);

describe('fitting text into a picture', () => {
  it('wraps at word boundaries, never inside a word', () => {
    const lines = wrapWords('A client turns violent: can she report it?', 200, 20, false, measure);
    expect(lines.join(' ')).toBe('A client turns violent: can she report it?');
    for (const line of lines) expect(measure(line, 20, false)).toBeLessThanOrEqual(200);
  });

  it('keeps the largest type that fits the lines allowed', () => {
    const fitted = fitText('Short headline', { maxWidth: 400, maxLines: 2, maxSize: 40, minSize: 10 }, measure);
    expect(fitted).toMatchObject({ size: 40, lines: ['Short headline'], shortened: false });
  });

  it('shrinks the type before it shortens the text', () => {
    const text = 'She can report the attack without risking a charge, though stigma has not gone away.';
    const fitted = fitText(text, { maxWidth: 300, maxLines: 3, maxSize: 40, minSize: 8 }, measure);
    expect(fitted.shortened).toBe(false);
    expect(fitted.size).toBeLessThan(40);
    expect(fitted.lines.join(' ')).toBe(text);
    expect(fitted.lines.length).toBeLessThanOrEqual(3);
  });

  it('respects a height limit as well as a line limit', () => {
    const fitted = fitText(
      'one two three four five six',
      { maxWidth: 100, maxLines: 10, maxSize: 20, minSize: 5, maxHeight: 40 },
      measure,
    );
    expect(fitted.lines.length * fitted.lineHeight).toBeLessThanOrEqual(40 + 1e-9);
    expect(fitted.shortened).toBe(false);
  });

  it('as a last resort shortens at a word boundary, with an ellipsis and no dangling punctuation', () => {
    const fitted = fitText(
      'Reporting means admitting to a crime, so many stay silent',
      { maxWidth: 100, maxLines: 1, maxSize: 20, minSize: 16 },
      measure,
    );
    expect(fitted.shortened).toBe(true);
    expect(fitted.lines).toHaveLength(1);
    const line = fitted.lines[0]!;
    expect(line.endsWith('…')).toBe(true);
    const kept = line.slice(0, -1);
    expect('Reporting means admitting to a crime, so many stay silent'.startsWith(kept)).toBe(true);
    // The kept words are whole words of the text.
    expect(
      kept
        .split(' ')
        .every((word) => 'Reporting means admitting to a crime, so many stay silent'.split(' ').includes(word)),
    ).toBe(true);
    expect(measure(line, fitted.size, false)).toBeLessThanOrEqual(100);
  });
});
