import { describe, expect, it } from 'vitest';
import { parseTimelineState, timelineStateToSearch } from '../../../src/features/places/timeline-url-state';

describe('timeline URL state', () => {
  it('round-trips a model filter and leaves "all models" out of the URL', () => {
    expect(parseTimelineState(timelineStateToSearch({ model: 'legalisation' }))).toEqual({ model: 'legalisation' });
    expect(timelineStateToSearch({ model: undefined })).toBe('');
    expect(parseTimelineState('')).toEqual({ model: undefined });
  });

  it('treats an unknown model as no filter', () => {
    expect(parseTimelineState('?model=prohibition')).toEqual({ model: undefined });
  });
});
