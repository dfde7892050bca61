import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setUpLearningContent } from '../../fixtures/learning-fixture';
import { renderApp } from '../../render-app';

const KEY = 'swl:learn-progress';
const content = setUpLearningContent();

const h1 = (name?: string) =>
  // Generous: lazy pages load slowly when the machine is busy.
  screen.findByRole('heading', { level: 1, name }, { timeout: 5000 });
const stored = () => JSON.parse(localStorage.getItem(KEY) ?? 'null') as unknown;

describe('the guided path', () => {
  it('starts at the first step and moves on with Next, showing where the reader is', async () => {
    const { router } = renderApp('/learn/', content());
    expect(await h1()).toHaveTextContent('Learn step by step');
    await userEvent.click(screen.getByRole('link', { name: 'Start the first step' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/learn/first-step/'));
    await h1('Step one');
    expect(screen.getByText('Step 1 of 3 · 0 done')).toBeInTheDocument();
    // Opening a step records nothing: what a reader only looked at is not written down.
    expect(localStorage.getItem(KEY)).toBeNull();

    await userEvent.click(screen.getByRole('link', { name: 'Next: Step two' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/learn/second-step/'));
    await h1('Step two');
    expect(screen.getByText('Step 2 of 3 · 1 done')).toBeInTheDocument();
    await waitFor(() => expect(stored()).toEqual({ v: 1, current: 'second-step', done: ['first-step'] }));

    // Going back to read again keeps the place reached.
    await userEvent.click(screen.getByRole('link', { name: 'Previous: Step one' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/learn/first-step/'));
    await h1('Step one');
    expect(stored()).toEqual({ v: 1, current: 'second-step', done: ['first-step'] });
  });

  it('starts from the home page, with one time estimate for the path, the same on the path’s own page', async () => {
    const { router } = renderApp('/', content());
    await h1();
    const start = screen.getByRole('link', { name: 'Start learning' });
    expect(start).toHaveAttribute('href', '/learn/first-step/');
    // Three steps of 2 minutes each (tests/fixtures/learning-fixture.ts).
    expect(start).toHaveAccessibleDescription('3 short steps, about 6 minutes in all');
    await userEvent.click(screen.getByRole('link', { name: /^Test what you know/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/quiz/'));
    renderApp('/learn/', content());
    expect(await screen.findByText('3 short steps, about 6 minutes in all')).toBeInTheDocument();
  });

  it('shows the model cards, a check and links to read further that a step points to', async () => {
    renderApp('/learn/first-step/', content());
    await h1('Step one');
    const models = screen.getByRole('region', { name: 'The four models at a glance' });
    expect(within(models).getByRole('link', { name: 'Model 3' })).toHaveAttribute('href', '/models/nordic/');
    expect(within(models).getAllByText('Buying sex')).toHaveLength(2);
    expect(screen.getByRole('region', { name: 'Check yourself' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'The glossary' })).toHaveAttribute('href', '/glossary/');
  });

  it('shows a scenario with the outcome under every model, and a myth checked', async () => {
    renderApp('/learn/second-step/', content());
    await h1('Step two');
    const scenario = screen.getByRole('region', { name: 'The scenario: A scenario' });
    expect(within(scenario).getAllByText('What happens.')).toHaveLength(4);
    expect(within(scenario).getByText('What now?')).toBeInTheDocument();
    // Steps can be steered: "On this page" lists the scenario's section among the rest.
    const toc = screen.getByRole('navigation', { name: 'On this page' });
    expect(within(toc).getByRole('link', { name: 'The scenario: A scenario' })).toHaveAttribute(
      'href',
      '#scenario-a-scenario',
    );
    expect(within(scenario).getByRole('link', { name: /Open the full scenario/ })).toHaveAttribute(
      'href',
      '/scenarios/a-scenario/',
    );
    expect(screen.getByText('“A common belief.”')).toBeInTheDocument();
  });

  it('resumes where the reader left off after a reload', async () => {
    const first = renderApp('/learn/first-step/', content());
    await h1('Step one');
    await userEvent.click(screen.getByRole('link', { name: 'Next: Step two' }));
    await waitFor(() => expect(first.router.state.location.pathname).toBe('/learn/second-step/'));
    first.unmount();

    renderApp('/learn/', content());
    await h1();
    const resume = await screen.findByRole('link', { name: 'Continue with step 2: Step two' });
    expect(resume).toHaveAttribute('href', '/learn/second-step/');
    const [one, two, three] = within(screen.getByRole('region', { name: 'The steps' })).getAllByRole('listitem');
    expect(one).toHaveTextContent('Done');
    expect(two).toHaveTextContent('You are here');
    expect(three).not.toHaveTextContent(/Done|You are here/);
  });

  it('finishing the last step finishes the path and offers the quiz', async () => {
    localStorage.setItem(KEY, JSON.stringify({ v: 1, current: 'third-step', done: ['first-step', 'second-step'] }));
    const { router } = renderApp('/learn/third-step/', content());
    await h1();
    await userEvent.click(screen.getByRole('link', { name: 'Finish the path' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/learn/'));
    expect(await screen.findByRole('heading', { name: /You have finished the path/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Take the quiz' })).toHaveAttribute('href', '/quiz/');
    await userEvent.click(screen.getByRole('button', { name: 'Start again from the beginning' }));
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(screen.getByRole('link', { name: 'Start the first step' })).toBeInTheDocument();
  });

  it('answers a step’s check in place, with feedback', async () => {
    renderApp('/learn/first-step/', content());
    const check = await screen.findByRole('region', { name: 'Check yourself' });
    await userEvent.click(within(check).getByLabelText('The right one'));
    await userEvent.click(within(check).getByRole('button', { name: 'Check my answer' }));
    expect(within(check).getByRole('heading', { name: 'Right.' })).toHaveFocus();
  });

  it('opens an unknown step as not found', async () => {
    renderApp('/learn/no-such-step/', content());
    expect(await h1()).toHaveTextContent('We could not find that page');
  });
});

describe('damaged progress on the device', () => {
  it('truncated JSON: the path still opens, with a short notice, and the record is removed', async () => {
    localStorage.setItem(KEY, '{"v":1,"current":"second-st');
    renderApp('/learn/', content());
    await h1();
    const notice = await screen.findByText('Your saved place in the path could not be read, so it was reset.');
    expect(notice.closest('[role="status"]')).not.toBeNull();
    expect(screen.getByRole('link', { name: 'Start the first step' })).toBeInTheDocument();
    await waitFor(() => expect(localStorage.getItem(KEY)).toBeNull());
    await userEvent.click(screen.getByRole('button', { name: 'OK' }));
    expect(screen.queryByText(/could not be read/)).toBeNull();
  });

  it('a record from a newer version that this one cannot read: the step opens and the record is left alone', async () => {
    const newer = JSON.stringify({ v: 99, steps: { 'first-step': 'done' } });
    localStorage.setItem(KEY, newer);
    renderApp('/learn/second-step/', content());
    expect(await h1()).toHaveTextContent('Step two');
    expect(screen.getByText('Step 2 of 3 · 0 done')).toBeInTheDocument();
    // Give the repair effect its chance to run: it must not touch the newer version's record.
    await new Promise((done) => setTimeout(done, 50));
    expect(localStorage.getItem(KEY)).toBe(newer);
    expect(screen.queryByText(/could not be read/)).toBeNull();
  });

  it('valid progress from a newer version is kept and used', async () => {
    localStorage.setItem(KEY, JSON.stringify({ v: 2, current: 'second-step', done: ['first-step'] }));
    renderApp('/learn/', content());
    await h1();
    expect(await screen.findByRole('link', { name: 'Continue with step 2: Step two' })).toBeInTheDocument();
    expect(stored()).toEqual({ v: 2, current: 'second-step', done: ['first-step'] });
  });

  it('unknown step ids: the rest is kept, with a notice, and the record is cleaned', async () => {
    localStorage.setItem(KEY, JSON.stringify({ v: 1, current: 'renamed-step', done: ['first-step', 'renamed-step'] }));
    renderApp('/learn/', content());
    await h1();
    expect(
      await screen.findByText('Part of your saved place in the path could not be read and was left out.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Continue with step 2: Step two' })).toBeInTheDocument();
    await waitFor(() => expect(stored()).toEqual({ v: 1, done: ['first-step'] }));
    await userEvent.click(screen.getByRole('button', { name: 'OK' }));
  });

  it('wrong types: no crash, and nothing usable means a fresh start', async () => {
    localStorage.setItem(KEY, JSON.stringify({ v: 1, current: 3, done: 'first-step' }));
    renderApp('/learn/', content());
    await h1();
    expect(await screen.findByText(/could not be read, so it was reset/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start the first step' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'OK' }));
  });
});

describe('privacy', () => {
  it('lists the path and quiz progress on the privacy page, and clears them', async () => {
    localStorage.setItem(KEY, JSON.stringify({ v: 1, current: 'second-step', done: ['first-step'] }));
    localStorage.setItem('swl:quiz-progress', JSON.stringify({ v: 1, answers: { 'q-choice': 1 } }));
    renderApp('/privacy/', content());
    await h1('Privacy and settings');
    // In words, never as the stored JSON.
    expect(await screen.findByText('Your place in the guided path: step 2 of 3, 1 done.')).toBeInTheDocument();
    expect(screen.getByText('Your quiz answers: 1 question answered.')).toBeInTheDocument();
    expect(screen.queryByText(/"v":1/)).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Clear my data' }));
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(localStorage.getItem('swl:quiz-progress')).toBeNull();
  });
});
