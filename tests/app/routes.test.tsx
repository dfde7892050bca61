import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { rmSync } from 'node:fs';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scenarioEntry, writeContentFixture, writeEntry } from '../fixtures/content-fixture';
import { contentFilesFrom, renderApp } from '../render-app';

let root: string;
let files: Map<string, unknown>;

beforeAll(() => {
  root = writeContentFixture();
  writeEntry(
    root,
    'scenarios',
    'second-scenario.yaml',
    stringify({ ...scenarioEntry(), title: 'Another scenario', topics: ['health'] }),
  );
  writeEntry(
    root,
    'scenarios',
    'noted-scenario.yaml',
    stringify({
      ...scenarioEntry(),
      title: 'A noted scenario',
      topics: ['violence'],
      contentNote: 'violence by a client',
    }),
  );
  writeEntry(root, '.', 'aliases.yaml', stringify({ scenarios: { 'old-name': 'a-scenario' } }));
  files = contentFilesFrom(root);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const h1 = () => screen.findByRole('heading', { level: 1 });

describe('the app routes', () => {
  it('shows the four models on the home page, and starts with the scenarios where there is no guided path', async () => {
    renderApp('/', files);
    expect(await h1()).toHaveTextContent('How the law shapes sex workers’ lives');
    expect(screen.queryByRole('link', { name: 'Start learning' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Browse the scenarios' })).toHaveAttribute('href', '/scenarios/');
    for (const name of ['Model 1', 'Model 2', 'Model 3', 'Model 4']) {
      expect(screen.getByRole('link', { name })).toBeInTheDocument();
    }
  });

  it('lists the four models with who is criminalised, from the models in brief alone', async () => {
    const { queryClient } = renderApp('/models/', files);
    expect(await h1()).toHaveTextContent('The four legal models');
    for (const name of ['Model 1', 'Model 2', 'Model 3', 'Model 4'])
      expect(screen.getByRole('link', { name })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /what is a crime/i })).toBeInTheDocument();
    // No full model page is loaded (or carried in the prerendered page) to show four summaries.
    const loaded = queryClient
      .getQueryCache()
      .getAll()
      .map((q) => String(q.queryKey[1]));
    expect(loaded).toEqual(['deck-models.json']);
  });

  it('shows a model page with what is criminalised and cited claims', async () => {
    renderApp('/models/nordic/', files);
    expect(await h1()).toHaveTextContent('Model 3');
    expect(screen.getByRole('table', { name: /what is a crime/i })).toBeInTheDocument();
    expect(screen.getAllByText(/Author 2020/).length).toBeGreaterThan(0);
    // A glossary word opens its definition in place, in the case of its sentence; it still points at the full entry.
    expect(screen.getByRole('button', { name: 'term one' })).toHaveAttribute('href', '/glossary/#term-one');
  });

  it('shows all four outcomes on a scenario page, with the chosen model in focus', async () => {
    renderApp('/scenarios/a-scenario/nordic/', files);
    expect(await h1()).toHaveTextContent('A scenario');
    const outcomes = screen.getAllByRole('region').filter((r) => r.classList.contains('outcome-card'));
    expect(outcomes).toHaveLength(4);
    expect(outcomes.map((o) => within(o).queryByText('In focus') !== null)).toEqual([false, false, true, false]);
    expect(screen.getByRole('link', { name: 'Model 3' })).toHaveAttribute('aria-current', 'page');
  });

  it('with a content note, folds only the situation and the explanations: the question, headlines and ratings are never folded', async () => {
    const { container } = renderApp('/scenarios/noted-scenario/', files);
    expect(await h1()).toHaveTextContent('A noted scenario');
    const situation = screen.getByText('Something happens.');
    expect(situation.closest('details')?.querySelector('summary')).toHaveTextContent(
      'Content note: violence by a client. Show the situation',
    );
    for (const element of [
      screen.getByText('What now?'),
      ...screen.getAllByText('What happens.'),
      ...screen.getAllByText('Worse'),
    ]) {
      expect(element.closest('details')).toBeNull();
    }
    expect(container.querySelectorAll('.outcome-card details.content-note-inline')).toHaveLength(4);
    expect(screen.getByRole('checkbox', { name: 'Always open content notes on this device' })).toBeInTheDocument();
  });

  it('moves focus to another model when its link is chosen, keeping the page', async () => {
    const { router } = renderApp('/scenarios/a-scenario/', files);
    await h1();
    await userEvent.click(screen.getByRole('link', { name: 'Model 4' }));
    const link = screen.getByRole('link', { name: 'Model 4' });
    await waitFor(() => expect(router.state.location.pathname).toBe('/scenarios/a-scenario/decriminalisation/'));
    await waitFor(() => expect(link).toHaveAttribute('aria-current', 'page'));
    // The same element, still focused: the page was not re-mounted.
    expect(link).toHaveFocus();
  });

  it('rates each dimension with an icon and a word, not colour alone', async () => {
    renderApp('/scenarios/a-scenario/', files);
    await h1();
    expect(screen.getAllByText('Worse')).toHaveLength(4);
    expect(screen.getAllByText('Mixed')).toHaveLength(4);
    expect(screen.getAllByText('Better')).toHaveLength(4);
  });

  it('filters the comparison by the URL and links each cell to that scenario and model', async () => {
    renderApp('/compare/?dimension=police&topic=health&models=nordic', files);
    const table = await screen.findByRole('table', { name: /reporting to police/i });
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(
      within(table).getByRole('link', { name: 'Another scenario, Model 3: Better, on paper, moderate evidence' }),
    ).toHaveAttribute('href', '/scenarios/second-scenario/nordic/');
  });

  it('filters the scenario library by topic', async () => {
    renderApp('/scenarios/?topic=health', files);
    await h1();
    expect(within(screen.getByRole('main')).getByRole('status')).toHaveTextContent('Showing 1 of 3 scenarios');
    expect(screen.getByRole('link', { name: 'Another scenario' })).toBeInTheDocument();
  });

  it('opens an old scenario id at its new address', async () => {
    const { router } = renderApp('/scenarios/old-name/', files);
    await waitFor(() => expect(router.state.location.pathname).toBe('/scenarios/a-scenario/'));
    expect(await h1()).toHaveTextContent('A scenario');
  });

  it.each(['/scenarios/no-such-card/', '/models/anarchy/', '/scenarios/a-scenario/not-a-model/', '/nowhere/at/all'])(
    'shows a helpful not-found page for %s',
    async (url) => {
      renderApp(url, files);
      expect(await h1()).toHaveTextContent('We could not find that page');
      const main = screen.getByRole('main');
      expect(within(main).getByRole('link', { name: 'The four models' })).toBeInTheDocument();
      expect(within(main).getByRole('link', { name: 'Home' })).toBeInTheDocument();
    },
  );
});

describe('malformed addresses never take the page or the quick exit away', () => {
  const exit = () => screen.getByRole('link', { name: /Exit this page/ });

  it.each(['/models/a-model/#%', '/glossary/#%ZZ', '/#%E0%A4%A', '/sources/#%', '//'])(
    '%s: the page it names, with the quick exit',
    async (url) => {
      renderApp(url, files);
      expect(await h1()).not.toHaveTextContent('Something went wrong');
      expect(exit()).toBeInTheDocument();
    },
  );

  it.each(['/%0A', '/%0D%0A/', '/glossary/%0D%0A/', '/.//'])(
    '%s: the not-found page in the site frame',
    async (url) => {
      renderApp(url, files);
      expect(await h1()).toHaveTextContent('We could not find that page');
      expect(exit()).toBeInTheDocument();
      expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    },
  );

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    '"%s" as a source, source kind, scenario or model id is not found, without a redirect',
    async (id) => {
      const kind = (files.get('sources.json') as { kinds: { kind: string }[] }).kinds[0]!.kind;
      // `/sources/<id>/` is where a renamed kind's alias is looked up: no inherited property is one.
      for (const url of [`/sources/${kind}/${id}/`, `/sources/${id}/`, `/scenarios/${id}/`, `/models/${id}/`]) {
        const { router, unmount } = renderApp(url, files);
        expect(await h1()).toHaveTextContent('We could not find that page');
        expect(router.state.location.pathname).toBe(url);
        unmount();
      }
    },
  );
});
