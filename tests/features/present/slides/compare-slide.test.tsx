import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ModelSlide, ScenarioSummary } from '../../../../src/content/payloads';
import { CompareSlide } from '../../../../src/features/present/slides/compare-slide';
import { messages } from '../../../../src/i18n/messages';

const models = (['criminalisation', 'legalisation', 'nordic', 'decriminalisation'] as const).map((id) => ({
  id,
  name: `Model ${id}`,
})) as unknown as ModelSlide[];

/** A scenario rated the same on every model, with the basis and confidence given. */
function row(
  id: string,
  level: 'good' | 'mixed' | 'poor',
  basis: 'law' | 'observed',
  confidence: 'limited' | 'strong',
) {
  const each = <T,>(value: T) => ({
    criminalisation: value,
    legalisation: value,
    nordic: value,
    decriminalisation: value,
  });
  return {
    id,
    title: `Title ${id}`,
    ratings: each({ safety: level }),
    bases: each({ safety: basis }),
    confidence: each(confidence),
  } as unknown as ScenarioSummary;
}

describe('the projector comparison slide', () => {
  it('shows what each rating rests on, its confidence, the caution on limited evidence, and the key', () => {
    const slide = {
      kind: 'compare' as const,
      dimension: 'safety' as const,
      rows: [
        row('a', 'good', 'law', 'limited'),
        row('b', 'mixed', 'observed', 'limited'),
        row('c', 'poor', 'observed', 'strong'),
      ],
    };
    const { container } = render(<CompareSlide slide={slide} step={0} models={models} level={1} variant="projector" />);
    const groups = [...container.querySelectorAll('table.slide-compare-grid tbody')];
    expect(groups).toHaveLength(3);
    const cells = (i: number) => [...groups[i]!.querySelectorAll('td')];
    expect(cells(0).map((td) => td.querySelector('.rating-evidence')?.textContent)).toEqual(
      Array(4).fill('On paper, limited evidence'),
    );
    expect(cells(0).every((td) => td.querySelector('.rating-caution'))).toBe(true);
    // Mixed on limited evidence, and Worse on strong evidence, claim nothing the evidence cannot carry.
    expect(cells(1)[0]!.querySelector('.rating-evidence')).toHaveTextContent(/^Observed, limited evidence$/);
    expect(cells(1).some((td) => td.querySelector('.rating-caution'))).toBe(false);
    expect(cells(2)[0]!.querySelector('.rating-evidence')).toHaveTextContent(/^Observed, strong evidence$/);
    expect(cells(2).some((td) => td.querySelector('.rating-caution'))).toBe(false);
    expect(container.querySelector('.rating-key')).toHaveTextContent(messages.ratingEvidence.slideKey);
  });
});
