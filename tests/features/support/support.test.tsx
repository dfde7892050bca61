import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { supportEntry, writeEntry } from '../../fixtures/content-fixture';
import { renderApp, setUpAppContent } from '../../render-app';

const content = setUpAppContent((root) => {
  writeEntry(
    root,
    'support',
    'a-directory.yaml',
    stringify(supportEntry({ scope: 'global', name: 'A directory', url: 'https://www.directory.example/members' })),
  );
  writeEntry(
    root,
    'support',
    'a-network.yaml',
    stringify(supportEntry({ name: 'A network', lastReviewed: '2026-12-02' })),
  );
});
const noSupport = setUpAppContent();

const h1 = () => screen.findByRole('heading', { level: 1 }, { timeout: 5000 });

describe('where to get support', () => {
  it('lists the directories, worldwide first, each a plain link that tells the site nothing, with where it goes', async () => {
    renderApp('/support/', content());
    expect(await h1()).toHaveTextContent('Where to get support');
    const worldwide = screen.getByRole('region', { name: 'Worldwide' });
    const link = within(worldwide).getByRole('link', { name: 'A directory' });
    expect(link).toHaveAttribute('href', 'https://www.directory.example/members');
    expect(link).toHaveAttribute('rel', 'noreferrer');
    expect(link).not.toHaveAttribute('target');
    expect(within(worldwide).getByText('directory.example')).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'By region' })).getByRole('link', { name: 'A network' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'In some countries' })).toBeNull();
    // The page's own review date: the latest of its entries'.
    expect(screen.getByText('Last reviewed 2026-12-02')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Before you follow a link' })).toBeInTheDocument();
  });

  it('is reached from the footer and from the quick exit page', async () => {
    const { router } = renderApp('/quick-exit/', content());
    await h1();
    await userEvent.click(
      within(screen.getByRole('main')).getByRole('link', { name: /Organisations led by sex workers/ }),
    );
    await waitFor(() => expect(router.state.location.pathname).toBe('/support/'));
    expect(within(screen.getByRole('contentinfo')).getByRole('link', { name: 'Where to get support' })).toHaveAttribute(
      'href',
      '/support/',
    );
  });

  it('is the not-found page for content without a support directory', async () => {
    renderApp('/support/', noSupport());
    expect(await h1()).toHaveTextContent('We could not find that page');
  });
});
