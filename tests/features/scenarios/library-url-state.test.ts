import { describe, expect, it } from 'vitest';
import { libraryStateToSearch, parseLibraryState } from '../../../src/features/scenarios/library-url-state';

describe('scenario library URL state', () => {
  it('round-trips a topic filter', () => {
    expect(parseLibraryState(libraryStateToSearch({ topic: 'police' }))).toEqual({ topic: 'police' });
    expect(libraryStateToSearch({ topic: undefined })).toBe('');
  });

  it('treats an unknown topic as no filter', () => {
    expect(parseLibraryState('?topic=<script>')).toEqual({ topic: undefined });
  });
});
