import { screen } from '@testing-library/react';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as OutcomeCardModule from '../../../src/features/scenarios/outcome-card';
import { writeContentFixture } from '../../fixtures/content-fixture';
import { contentFilesFrom, renderApp } from '../../render-app';

// One card throws while rendering; the others must still show.
vi.mock('../../../src/features/scenarios/outcome-card', async (importOriginal) => {
  const original = await importOriginal<typeof OutcomeCardModule>();
  return {
    OutcomeCard: (props: Parameters<typeof original.OutcomeCard>[0]) => {
      if (props.model.id === 'nordic') throw new Error('broken card');
      return <original.OutcomeCard {...props} />;
    },
  };
});

let root: string;
beforeAll(() => {
  root = writeContentFixture();
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a rendering error in one outcome card', () => {
  it('shows a short message in its place and leaves the rest of the page usable', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    renderApp('/scenarios/a-scenario/', contentFilesFrom(root));
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('A scenario');
    expect(
      screen.getByText(
        'The card for Model 3 could not be shown. The rest of the page still works; reloading may help.',
      ),
    ).toBeInTheDocument();
    for (const name of ['Model 1', 'Model 2', 'Model 4']) {
      expect(screen.getByRole('heading', { level: 3, name })).toBeInTheDocument();
    }
    expect(screen.getByRole('link', { name: 'Compare across all scenarios' })).toBeInTheDocument();
    consoleError.mockRestore();
  });
});
