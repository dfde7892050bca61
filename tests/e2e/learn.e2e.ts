/**
 * Learning alone on a phone (360 × 740): the guided path from start to finish with a reload on
 * the way, the whole quiz, glossary definitions, damaged storage, and nothing leaving the device.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations as axe } from './support/axe';
import { setupBrowser } from './support/browser';
import { builtLearn, builtLearnStep, builtQuiz, builtQuizQuestion } from './support/built-learning';

const { open, baseUrl } = setupBrowser();
const PHONE = { viewport: { width: 360, height: 740 } };
const outline = builtLearn();
const quiz = builtQuiz();

const heading = (page: Page) => page.locator('main h1');
const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('the guided path on a phone', () => {
  it('goes from the first step to the last, survives a reload, and finishes', async () => {
    const { page, problems, requests } = await open('/learn/', PHONE);
    await page.getByRole('link', { name: 'Start the first step' }).click();
    const total = outline.steps.length;
    for (const [i, step] of outline.steps.entries()) {
      await page.waitForURL(`${baseUrl}/learn/${step.id}/`);
      await expect.poll(() => heading(page).textContent()).toBe(step.title);
      expect(await page.getByText(`Step ${i + 1} of ${total} ·`).textContent()).toContain(`${i} done`);
      expect(await sideways(page)).toBeLessThanOrEqual(0);
      if (i === 1) {
        // Leave mid-way and come back: the reload lands on the same step, with the same progress.
        await page.reload({ waitUntil: 'networkidle' });
        await expect.poll(() => page.getByText(`Step 2 of ${total} · 1 done`).count()).toBe(1);
      }
      const next = outline.steps[i + 1];
      await page.getByRole('link', { name: next ? `Next: ${next.title}` : 'Finish the path' }).click();
    }
    await page.waitForURL(`${baseUrl}/learn/`);
    await expect.poll(() => page.getByRole('heading', { name: /You have finished the path/ }).count()).toBe(1);
    const stored = await page.evaluate(
      () => JSON.parse(localStorage.getItem('swl:learn-progress') ?? 'null') as { done: string[] },
    );
    expect(stored.done).toEqual(outline.steps.map((s) => s.id));

    await page.reload({ waitUntil: 'networkidle' });
    await expect.poll(() => page.getByRole('heading', { name: /You have finished the path/ }).count()).toBe(1);
    expect(problems).toEqual([]);
    expect(requests.every((url) => url.startsWith(baseUrl))).toBe(true);
    await page.context().close();
  });

  it('resumes from the overview at the step the reader moved on to', async () => {
    const step = outline.steps[2]!;
    // Opening a step records nothing (decision 005); moving on from one does.
    const { page } = await open(`/learn/${outline.steps[1]!.id}/`, PHONE);
    await page.getByRole('link', { name: `Next: ${step.title}` }).click();
    await page.waitForURL(`${baseUrl}/learn/${step.id}/`);
    await page.goto(`${baseUrl}/learn/`, { waitUntil: 'networkidle' });
    await page.getByRole('link', { name: `Continue with step 3: ${step.title}` }).click();
    await page.waitForURL(`${baseUrl}/learn/${step.id}/`);
    await page.context().close();
  });

  it('has large touch targets for moving on and answering', async () => {
    const withCheck = outline.steps.find((s) => builtLearnStep(s.id).check)!;
    const { page } = await open(`/learn/${withCheck.id}/`, PHONE);
    const heights = await page
      .locator('.step-nav-link, .choice-card, .button-primary, main .learn-back a')
      .evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().height)));
    expect(heights.length).toBeGreaterThan(3);
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
    await page.context().close();
  });

  it('reads without JavaScript, with glossary terms as plain links', async () => {
    const step = outline.steps[1]!;
    const { page } = await open(`/learn/${step.id}/`, { ...PHONE, javaScript: false });
    expect(await heading(page).textContent()).toBe(step.title);
    const text = await page.locator('main').textContent();
    for (const point of builtLearnStep(step.id).step.points.slice(0, 2))
      expect(text).toContain(point.text.slice(0, 20).replace(/\[\[.*$/, ''));
    expect(await page.locator('main a.term-link').count()).toBeGreaterThan(0);
    expect(await page.locator('main a.term-link[role="button"]').count()).toBe(0);
    await page.context().close();
  });

  it('survives damaged progress on the device with a short notice', async () => {
    const { page, problems } = await open('/learn/', PHONE);
    await page.evaluate(() => localStorage.setItem('swl:learn-progress', '{"v":1,"current":"wh'));
    await page.reload({ waitUntil: 'networkidle' });
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'could not be read' }).count()).toBe(1);
    expect(await page.evaluate(() => localStorage.getItem('swl:learn-progress'))).toBeNull();
    await page.getByRole('button', { name: 'OK' }).click();
    expect(await page.getByText('could not be read').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('glossary definitions in place', () => {
  it('open by pointer and keyboard, stay on screen at 360 px, close with Escape, and pass axe', async () => {
    const { page, problems } = await open(`/learn/${outline.steps[0]!.id}/`, PHONE);
    const toggles = page.locator('main a.term-link[role="button"]');
    // The words become buttons once the page is interactive.
    await expect.poll(() => toggles.count()).toBeGreaterThan(1);
    const count = await toggles.count();
    // The last term is likely near an edge; every panel must fit the screen.
    for (const i of [0, count - 1]) {
      const toggle = toggles.nth(i);
      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      const panel = page.locator(`[id="${await toggle.getAttribute('aria-controls')}"]`);
      const box = (await panel.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(360);
      await page.keyboard.press('Escape');
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true);
    }
    await toggles.first().focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/in the glossary$/);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axe(page)).toEqual([]);
    }
    expect(problems).toEqual([]);
    await page.context().close();
  }, 120_000);
});

describe('the quiz on a phone', () => {
  it('answers every question with immediate feedback and ends with the score and scenarios to revisit', async () => {
    const { page, problems, requests } = await open('/quiz/', PHONE);
    await page.getByRole('link', { name: 'Start the quiz' }).click();
    const total = quiz.questions.length;
    for (const [i, { id }] of quiz.questions.entries()) {
      const { question, modelNames } = builtQuizQuestion(id);
      await page.waitForURL(`${baseUrl}/quiz/${question.id}/`);
      await expect.poll(() => heading(page).textContent()).toBe(`Question ${i + 1} of ${total}`);
      // The first answer is wrong on purpose, so the summary has scenarios to suggest.
      const wrong = i === 0;
      let label: string;
      if (question.kind === 'multiple-choice') {
        label = question.options.find((o) => o.correct !== wrong)!.text.trim();
      } else {
        const answer = wrong ? (question.answer === 'hybrid' ? 'nordic' : 'hybrid') : question.answer;
        label = answer === 'hybrid' ? 'A hybrid: it mixes models' : modelNames[answer];
      }
      await page.getByRole('radio', { name: label, exact: true }).check();
      await page.getByRole('button', { name: 'Check my answer' }).click();
      const verdict = page.getByRole('heading', { name: wrong ? 'Not quite.' : 'Right.' });
      await expect.poll(() => verdict.evaluate((el) => el === document.activeElement)).toBe(true);
      if (i < 2) {
        expect(await sideways(page)).toBeLessThanOrEqual(0);
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          expect(await axe(page)).toEqual([]);
        }
        await page.emulateMedia({ colorScheme: 'light' });
      }
      await page.getByRole('link', { name: i + 1 < total ? /Next question/ : /See your results/ }).click();
    }
    await page.waitForURL(`${baseUrl}/quiz/results/`);
    await expect
      .poll(() => page.locator('.quiz-score').textContent())
      .toBe(`${total - 1} right out of ${total} answered so far.`);
    const revisit = page.getByRole('region', { name: 'Scenarios worth revisiting' }).getByRole('link');
    const expected = (quiz.questions[0]!.relatedScenarios ?? []).map((id) => quiz.scenarioTitles[id]);
    expect(await revisit.allTextContents()).toEqual(expected);
    expect(await axe(page)).toEqual([]);

    // A reload keeps the score: the answers are on the device, and only there.
    await page.reload({ waitUntil: 'networkidle' });
    await expect
      .poll(() => page.locator('.quiz-score').textContent())
      .toBe(`${total - 1} right out of ${total} answered so far.`);
    expect(problems).toEqual([]);
    expect(requests.every((url) => url.startsWith(baseUrl))).toBe(true);
    await page.context().close();
  }, 240_000);

  it('sends nothing anywhere while answering', async () => {
    const { page } = await open(`/quiz/${quiz.questions[0]!.id}/`, PHONE);
    const sent: string[] = [];
    page.on('request', (request) => {
      if (request.method() !== 'GET' || !request.url().startsWith(baseUrl))
        sent.push(`${request.method()} ${request.url()}`);
    });
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Check my answer' }).click();
    await page.getByRole('link', { name: /Next question/ }).click();
    await page.waitForURL(`${baseUrl}/quiz/${quiz.questions[1]!.id}/`);
    expect(sent).toEqual([]);
    await page.context().close();
  });
});
