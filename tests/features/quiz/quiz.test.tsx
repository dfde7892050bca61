import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearAllStored } from '../../../src/lib/device-storage';
import { setUpLearningContent } from '../../fixtures/learning-fixture';
import { renderApp } from '../../render-app';

const KEY = 'swl:quiz-progress';
const content = setUpLearningContent();

const h1 = (name?: string | RegExp) =>
  // Generous: lazy pages load slowly when the machine is busy.
  screen.findByRole('heading', { level: 1, name }, { timeout: 5000 });
const stored = () => JSON.parse(localStorage.getItem(KEY) ?? 'null') as unknown;

describe('the quiz', () => {
  it('starts from the overview at the first question', async () => {
    const { router } = renderApp('/quiz/', content());
    await h1('Test what you know');
    expect(screen.getByText(/3 questions/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: 'Start the quiz' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/quiz/q-choice/'));
    await h1('Question 1 of 3');
    expect(screen.getByRole('group', { name: 'Which answer is right?' })).toBeInTheDocument();
  });

  it('gives immediate feedback on a wrong answer: the answer, why, the sources and scenarios to revisit', async () => {
    renderApp('/quiz/q-choice/', content());
    await h1('Question 1 of 3');
    await userEvent.click(screen.getByLabelText('The wrong one'));
    await userEvent.click(screen.getByRole('button', { name: 'Check my answer' }));
    const verdict = screen.getByRole('heading', { name: 'Not quite.' });
    expect(verdict).toHaveFocus();
    const feedback = screen.getByRole('region', { name: 'Not quite.' });
    expect(feedback).toHaveTextContent('The answer: The right one');
    expect(feedback).toHaveTextContent('Because the evidence says so');
    expect(within(feedback).getByText(/Author 2020/)).toBeInTheDocument();
    expect(within(feedback).getByRole('link', { name: 'A scenario' })).toHaveAttribute(
      'href',
      '/scenarios/a-scenario/',
    );
    // The choices say in words which was given and which was right, and are locked.
    expect(screen.getByLabelText(/The wrong one/)).toBeDisabled();
    expect(screen.getByLabelText(/The wrong one/).closest('label')).toHaveTextContent('✕ Your answer');
    expect(screen.getByLabelText(/The right one/).closest('label')).toHaveTextContent('✓ The answer');
    expect(stored()).toEqual({ v: 1, answers: { 'q-choice': 0 } });
    expect(screen.getByRole('link', { name: /Next question/ })).toHaveAttribute('href', '/quiz/q-model/');
  });

  it('asks for a choice before checking', async () => {
    renderApp('/quiz/q-choice/', content());
    await h1('Question 1 of 3');
    await userEvent.click(screen.getByRole('button', { name: 'Check my answer' }));
    expect(screen.getByText('Choose an answer first.')).toBeInTheDocument();
    expect(stored()).toBeNull();
  });

  it('sorts a described law by keyboard: arrow keys choose the model, Enter checks', async () => {
    renderApp('/quiz/q-model/', content());
    await h1('Question 2 of 3');
    const group = screen.getByRole('group', { name: 'Which model is this?' });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((r) => r.closest('label')?.textContent),
    ).toEqual(['Model 1', 'Model 2', 'Model 3', 'Model 4', 'A hybrid: it mixes models']);
    within(group).getByRole('radio', { name: 'Model 1' }).focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(within(group).getByRole('radio', { name: 'Model 3' })).toBeChecked();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Check my answer' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('heading', { name: 'Right.' })).toHaveFocus();
    expect(screen.getByRole('region', { name: 'Right.' })).toHaveTextContent('The real place: Somewhere (2000)');
    expect(stored()).toEqual({ v: 1, answers: { 'q-model': 'nordic' } });
  });

  it('sorts a described law by pointer, including "hybrid"', async () => {
    renderApp('/quiz/q-hybrid/', content());
    await h1('Question 3 of 3');
    await userEvent.click(screen.getByText('A hybrid: it mixes models'));
    await userEvent.click(screen.getByRole('button', { name: 'Check my answer' }));
    expect(screen.getByRole('heading', { name: 'Right.' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /See your results/ })).toHaveAttribute('href', '/quiz/results/');
  });

  it('shows a saved answer with its feedback on return, without moving focus', async () => {
    localStorage.setItem(KEY, JSON.stringify({ v: 1, answers: { 'q-choice': 1 } }));
    renderApp('/quiz/q-choice/', content());
    await h1('Question 1 of 3');
    const verdict = await screen.findByRole('heading', { name: 'Right.' });
    expect(verdict).not.toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Check my answer' })).toBeNull();
  });

  it('resumes at the first unanswered question', async () => {
    localStorage.setItem(KEY, JSON.stringify({ v: 1, answers: { 'q-choice': 1 } }));
    renderApp('/quiz/', content());
    await h1('Test what you know');
    expect(await screen.findByRole('link', { name: 'Continue with question 2' })).toHaveAttribute(
      'href',
      '/quiz/q-model/',
    );
    expect(screen.getByText('So far you have answered 1 of 3 questions and got 1 right.')).toBeInTheDocument();
  });

  it('sums up the score with the scenarios worth revisiting, and can start again', async () => {
    localStorage.setItem(
      KEY,
      JSON.stringify({ v: 1, answers: { 'q-choice': 0, 'q-model': 'nordic', 'q-hybrid': 'hybrid' } }),
    );
    renderApp('/quiz/results/', content());
    await h1('Your results');
    expect(await screen.findByText('2 right out of 3 answered so far.')).toBeInTheDocument();
    const revisit = screen.getByRole('region', { name: 'Scenarios worth revisiting' });
    expect(within(revisit).getByRole('link', { name: 'A scenario' })).toHaveAttribute('href', '/scenarios/a-scenario/');
    const rows = within(screen.getByRole('region', { name: 'Question by question' })).getAllByRole('listitem');
    expect(rows.map((r) => r.querySelector('.result-mark')?.textContent)).toEqual([
      '✕ Not right: ',
      '✓ Right: ',
      '✓ Right: ',
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Start the quiz again' }));
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(screen.getByText('You have not answered any questions yet.')).toBeInTheDocument();
  });

  it('says when all the missed questions point to no scenario', async () => {
    localStorage.setItem(KEY, JSON.stringify({ v: 1, answers: { 'q-choice': 1, 'q-hybrid': 'nordic' } }));
    renderApp('/quiz/results/', content());
    // Only answered questions count: one right of two answered, not "1 of 3".
    expect(await screen.findByText('1 right out of 2 answered so far.')).toBeInTheDocument();
    expect(screen.getByText(/1 question is still unanswered/)).toBeInTheDocument();
    expect(screen.getByText(/You missed none of the questions that point to a scenario/)).toBeInTheDocument();
  });

  it('recovers damaged answers with a notice, keeping the valid ones', async () => {
    localStorage.setItem(KEY, JSON.stringify({ v: 1, answers: { 'q-choice': 1, 'q-model': 'anarchy', 'q-gone': 2 } }));
    renderApp('/quiz/', content());
    await h1('Test what you know');
    expect(
      await screen.findByText('Some of your saved answers could not be read and were left out.'),
    ).toBeInTheDocument();
    await waitFor(() => expect(stored()).toEqual({ v: 1, answers: { 'q-choice': 1 } }));
    await userEvent.click(screen.getByRole('button', { name: 'OK' }));
  });

  it('resets unreadable answers with a notice, and the question still works', async () => {
    localStorage.setItem(KEY, '{"v":1,"answers":{"q-choi');
    renderApp('/quiz/q-choice/', content());
    await h1('Question 1 of 3');
    expect(await screen.findByText('Your saved answers could not be read, so they were reset.')).toBeInTheDocument();
    await userEvent.click(screen.getByLabelText('The right one'));
    await userEvent.click(screen.getByRole('button', { name: 'Check my answer' }));
    expect(screen.getByRole('heading', { name: 'Right.' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'OK' }));
  });
});

describe('when the device will not keep anything', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    // What this visit held in memory goes with it.
    clearAllStored();
  });

  // Storage blocked (access throws), full (writes throw), or writes dropped without a word.
  const failures: [string, () => void][] = [
    [
      'blocked',
      () =>
        vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
          throw new DOMException('blocked', 'SecurityError');
        }),
    ],
    [
      'full',
      () =>
        vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
          throw new DOMException('full', 'QuotaExceededError');
        }),
    ],
    ['dropping writes', () => vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {})],
  ];

  it.each(failures)(
    'storage %s: the answer is checked for this visit, and the page says it will not be kept',
    async (_, fail) => {
      fail();
      renderApp('/quiz/q-choice/', content());
      await h1('Question 1 of 3');
      await userEvent.click(screen.getByLabelText('The wrong one'));
      await userEvent.click(screen.getByRole('button', { name: 'Check my answer' }));
      expect(await screen.findByRole('heading', { name: 'Not quite.' })).toHaveFocus();
      expect(screen.getByText('1 of 3 answered · 0 right')).toBeInTheDocument();
      const notice = screen.getByText(/your answers will be forgotten when you close this page/);
      expect(notice.closest('[role="status"]')).not.toBeNull();
      await userEvent.click(screen.getByRole('button', { name: 'OK' }));
      expect(screen.queryByText(/will be forgotten/)).toBeNull();
    },
  );
});
