import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { addPlacesFixture } from '../../fixtures/content-fixture';
import { renderApp, setUpAppContent } from '../../render-app';

// The whole unit suite shares two cores; give the router and lazy modules time to settle.
const patience = { timeout: 10_000 };

const content = setUpAppContent(addPlacesFixture);

const h1 = () => screen.findByRole('heading', { level: 1 }, patience);
const table = () => screen.getByRole('table', { name: /every place in this guide/i });
const rowNames = () =>
  within(table())
    .getAllByRole('rowheader')
    .map((cell) => within(cell).getByRole('link').textContent);
// The table's own live region ("Showing n of N places"); the share controls have one too.
const status = () =>
  within(screen.getByRole('main'))
    .getAllByRole('status')
    .find((el) => el.textContent?.startsWith('Showing'))!;

describe('the places page', () => {
  it('lists every place, states included, with a key that names each model and "no data", and draws the map', async () => {
    const { container } = renderApp('/places/', content());
    expect(await h1()).toHaveTextContent('Where each model applies');
    expect(rowNames()).toEqual(['A State', 'Somewhere']);
    expect(within(table()).getByText('State, Australia')).toBeInTheDocument();
    const key = screen.getByRole('list', { name: 'Key to the map' });
    for (const name of ['Model 1', 'Model 2', 'Model 3', 'Model 4', 'No data'])
      expect(within(key).getByText(name)).toBeInTheDocument();
    // The map's code is imported when the map is shown; give it time in a cold test run.
    await waitFor(() => expect(container.querySelector('svg.world-map')).not.toBeNull(), patience);
    expect(container.querySelector('svg.world-map .model-decriminalisation')).not.toBeNull();
  });

  it('sorts by year from the keyboard, both ways, keeping the sort in the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/places/', content());
    await h1();
    const sortByYear = screen.getByRole('button', { name: 'Sort by In force since' });
    sortByYear.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.search).toBe('?sort=year'), patience);
    await waitFor(() => expect(rowNames()).toEqual(['Somewhere', 'A State']), patience);
    expect(sortByYear.closest('th')).toHaveAttribute('aria-sort', 'ascending');
    await user.keyboard(' ');
    await waitFor(() => expect(router.state.location.search).toBe('?sort=year&order=desc'), patience);
    await waitFor(() => expect(sortByYear.closest('th')).toHaveAttribute('aria-sort', 'descending'), patience);
    expect(sortByYear).toHaveFocus();
    expect(status()).toHaveTextContent('Showing 2 of 2 places, by year in force, newest first');
  });

  it('filters by model from the keyboard, and the filtered URL opens the same view', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/places/', content());
    await h1();
    const filters = screen.getByRole('navigation', { name: 'Show places by model' });
    within(filters).getByRole('link', { name: 'Model 1' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.search).toBe('?model=criminalisation'), patience);
    await waitFor(() => expect(rowNames()).toEqual(['A State']), patience);
    expect(status()).toHaveTextContent('Showing 1 of 2 places');
    expect(within(filters).getByRole('link', { name: 'Model 1' })).toHaveAttribute('aria-current', 'true');
  });

  it('opens a shared link with its filter and sort applied', async () => {
    renderApp('/places/?model=decriminalisation&sort=name&order=desc', content());
    await h1();
    await waitFor(() => expect(rowNames()).toEqual(['Somewhere']), patience);
  });
});

describe('a place’s page', () => {
  it('shows the law, what is a crime, its reforms, citations and links to its model and scenarios', async () => {
    renderApp('/places/somewhere/', content());
    expect(await h1()).toHaveTextContent('Somewhere');
    await waitFor(() => expect(document.title).toBe('Somewhere · Sex work and the law'), patience);
    // A glossary word opens its definition in place, in the case of its sentence; it still points at the full entry.
    expect(screen.getByRole('button', { name: 'term one' })).toHaveAttribute('href', '/glossary/#term-one');
    const crimes = screen.getByRole('table', { name: 'What is a crime in Somewhere' });
    expect(within(crimes).getByRole('row', { name: /Third parties/ })).toHaveTextContent('Legal only under conditions');
    expect(screen.getByText('Employment rights for sex workers')).toBeInTheDocument();
    expect(screen.getByText('Sex work stopped being a crime.')).toBeInTheDocument();
    expect(screen.getAllByRole('group').length).toBeGreaterThan(0);
    expect(screen.getAllByText(/Author 2020/).length).toBeGreaterThan(1);
    expect(screen.getByRole('link', { name: 'About this model: Model 4' })).toHaveAttribute(
      'href',
      '/models/decriminalisation/',
    );
    // Every scenario naming it, with each outcome that names it and what happens there.
    const scenarios = screen.getByRole('region', { name: 'Scenarios set here' });
    expect(within(scenarios).getByRole('heading', { name: 'A scenario' })).toBeInTheDocument();
    expect(within(scenarios).getByRole('link', { name: 'Model 4, as in Somewhere (2000)' })).toHaveAttribute(
      'href',
      '/scenarios/a-scenario/decriminalisation/',
    );
    expect(within(scenarios).getAllByText('What happens.')).toHaveLength(4);
    expect(screen.getByText('Last reviewed 2026-11-25')).toBeInTheDocument();
  });

  it('says plainly when a place is a hybrid, and why', async () => {
    renderApp('/places/a-state/', content());
    await h1();
    expect(screen.getByText('Hybrid:')).toBeInTheDocument();
    expect(screen.getByText('Selling is legal but brothels are crimes.')).toBeInTheDocument();
    expect(screen.getByText('Hybrid: mixes models')).toBeInTheDocument();
  });

  it('filters its scenarios by a topic asked there, from a shareable link', async () => {
    renderApp('/places/somewhere/?topic=health', content());
    await h1();
    const scenarios = screen.getByRole('region', { name: 'Scenarios set here' });
    const topics = within(scenarios).getByRole('navigation', { name: 'Topics asked about here' });
    // The fixture's one scenario is about police only.
    expect(within(topics).getByRole('link', { name: 'Police (1)' })).toHaveAttribute(
      'href',
      '/places/somewhere/?topic=police',
    );
    expect(within(topics).queryByRole('link', { name: /^Health/ })).toBeNull();
    await waitFor(
      () => expect(within(scenarios).getByRole('status')).toHaveTextContent('Showing 0 of 1 scenarios'),
      patience,
    );
    await userEvent.click(within(topics).getByRole('link', { name: 'Police (1)' }));
    await waitFor(
      () => expect(within(scenarios).getByRole('status')).toHaveTextContent('Showing 1 of 1 scenarios'),
      patience,
    );
    expect(within(topics).getByRole('link', { name: 'Police (1)' })).toHaveAttribute('aria-current', 'true');
  });

  it('marks a hybrid in the key and in the list, not only as its closest model', async () => {
    renderApp('/places/', content());
    await h1();
    const key = screen.getByRole('list', { name: 'Key to the map' });
    expect(within(key).getByText(/^Hybrid: mixes models/)).toBeInTheDocument();
    const row = within(table()).getByRole('row', { name: /A State/ });
    expect(within(row).getByText('Hybrid')).toBeInTheDocument();
    expect(row.querySelector('.swatch rect')).toHaveClass('model-criminalisation', 'is-hybrid');
    const clear = within(table()).getByRole('row', { name: /Somewhere/ });
    expect(clear.querySelector('.swatch rect')).not.toHaveClass('is-hybrid');
  });

  it('shows the not-found page for a place that does not exist', async () => {
    renderApp('/places/atlantis/', content());
    expect(await h1()).toHaveTextContent('We could not find that page');
  });
});

describe('the timeline', () => {
  it('lists reforms oldest first, each linking its place', async () => {
    renderApp('/timeline/', content());
    expect(await h1()).toHaveTextContent('Timeline of reforms');
    const years = screen.getAllByRole('listitem').flatMap((li) => li.querySelector('.reform-year')?.textContent ?? []);
    expect(years).toEqual(['1990', '2003', '2010']);
    expect(screen.getAllByRole('link', { name: 'A State' })[0]).toHaveAttribute('href', '/places/a-state/');
  });

  it('filters by model from the URL', async () => {
    renderApp('/timeline/?model=legalisation', content());
    await h1();
    await waitFor(() => expect(status()).toHaveTextContent('Showing 1 of 3 reforms'), patience);
    expect(screen.getByText('Brothels were licensed.')).toBeInTheDocument();
    expect(screen.queryByText('Sex work stopped being a crime.')).toBeNull();
  });
});

describe('reading other maps', () => {
  it('maps each classification onto the models, with examples and sources', async () => {
    renderApp('/classifications/', content());
    expect(await h1()).toHaveTextContent('Reading other maps');
    const section = screen.getByRole('region', { name: 'Term one' });
    expect(within(section).getByText('What it means.')).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'Model 3' })).toHaveAttribute('href', '/models/nordic/');
    expect(within(section).getByRole('link', { name: 'Places filed under Model 3 (0)' })).toHaveAttribute(
      'href',
      '/places/?model=nordic',
    );
    expect(within(section).getByRole('link', { name: 'Somewhere' })).toHaveAttribute('href', '/places/somewhere/');
    expect(within(section).getByText(/Author 2020/)).toBeInTheDocument();
  });
});
