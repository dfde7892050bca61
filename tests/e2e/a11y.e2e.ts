/** Accessibility in Chromium: axe on every kind of route in both themes, keyboard, reflow. */
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { setupBrowser } from './support/browser';
import { builtLearn, builtLearnStep, builtQuiz } from './support/built-learning';
import { builtIndex, builtJurisdictions } from './support/built-content';
import { builtDeck, builtDecks } from './support/built-decks';

const { open, baseUrl } = setupBrowser();
const index = builtIndex();
const scenario = index.scenarios.find((s) => s.contentNote) ?? index.scenarios[0]!;
const hybridPlace = builtJurisdictions().jurisdictions.find((j) => j.fit !== 'clear')!;
// The path's first step (glossary terms, model cards) and a scenario step (content note).
const learnSteps = [
  builtLearn().steps[0]!,
  builtLearn().steps.find((s) => builtLearnStep(s.id).scenarios.length > 0)!,
].map((s) => `/learn/${s.id}/`);
// A deck's pages: a scenario slide and a comparison slide, the presenter, the workshop pages.
const deck = builtDecks()[0]!;
const deckSlides = builtDeck(deck.id).deck.slides;
const presentRoutes = [
  '/present/',
  '/present/build/',
  `/present/${deck.id}/`,
  `/present/${deck.id}/${deckSlides.findIndex((s) => s.kind === 'scenario') + 1}/`,
  `/present/${deck.id}/${deckSlides.findIndex((s) => s.kind === 'compare') + 1}/`,
  `/present/${deck.id}/presenter/`,
  `/present/${deck.id}/print/`,
  `/present/${deck.id}/handout/`,
  '/workshop/',
  `/workshop/${deck.id}/`,
  `/workshop/${deck.id}/cards/`,
  `/workshop/predict/${scenario.id}/?p=1.2.3.0.4&reveal=1`,
  '/room/',
];

const ROUTES = [
  '/',
  '/models/',
  '/models/decriminalisation/',
  '/scenarios/',
  `/scenarios/${scenario.id}/`,
  `/scenarios/${scenario.id}/nordic/`,
  '/compare/',
  '/compare/police/online/',
  '/places/',
  `/places/${hybridPlace.id}/`,
  '/timeline/',
  '/classifications/',
  '/learn/',
  ...learnSteps,
  '/quiz/',
  `/quiz/${builtQuiz().questions[0]!.id}/`,
  '/quiz/results/',
  ...presentRoutes,
  '/myths/',
  '/what-you-can-do/',
  '/sources/',
  '/glossary/',
  '/privacy/',
  '/quick-exit/',
  '/reuse/',
  `/embed/scenarios/${scenario.id}/nordic/`,
  '/embed/compare/?dimension=police&topic=police&models=nordic,decriminalisation',
  '/support/',
  '/search/',
  '/search/?q=Germany',
  '/no-such-page/',
];

/** What a route shows only once its script has run, to wait for before axe looks. */
const SHOWN_AFTER_LOAD: Partial<Record<string, string>> = {
  // The results come from the search index, fetched after the page loads.
  '/search/?q=Germany': 'main .search-results a',
};

describe.each(['light', 'dark'] as const)('axe, %s theme', (colorScheme) => {
  it.each(ROUTES)('%s has no violations', async (path) => {
    const { page } = await open(path, { colorScheme });
    const shown = SHOWN_AFTER_LOAD[path];
    if (shown) await page.locator(shown).first().waitFor({ timeout: 15_000 });
    // Open folded details so their content is checked too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe.each(['light', 'dark'] as const)('share panels open, %s theme', (colorScheme) => {
  it.each([360, 1280])('at %i px: the QR code, embed code and downloads have no violations', async (width) => {
    const { page } = await open(`/scenarios/${scenario.id}/nordic/`, { colorScheme, viewport: { width, height: 900 } });
    for (const panel of ['QR code', 'Embed', 'Download']) {
      await page.getByRole('button', { name: panel, exact: true }).click();
      expect(await page.getByRole('button', { name: panel, exact: true }).getAttribute('aria-expanded')).toBe('true');
      expect(await axeViolations(page)).toEqual([]);
    }
    await page.context().close();
  });
});

describe('keyboard only', () => {
  it('walks home → a model → a scenario → another model in focus → compare → home, with focus where it should be', async () => {
    const { page, problems } = await open('/');
    const activeText = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    const activeTag = () => page.evaluate(() => document.activeElement?.tagName ?? '');
    const tabTo = async (name: string, key: 'Tab' | 'Shift+Tab' = 'Tab') => {
      const seen: string[] = [];
      for (let i = 0; i < 200; i += 1) {
        await page.keyboard.press(key);
        const text = await activeText();
        if (text === name) return;
        if (!seen.includes(text)) seen.push(text);
      }
      throw new Error(
        `Could not reach "${name}" by Tab from ${page.url()}; focus went to: ${seen.map((t) => JSON.stringify(t.slice(0, 40))).join(', ')}`,
      );
    };
    const model = index.models[3]!;
    await tabTo(model.name);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/models/${model.id}/`);
    await expect.poll(activeTag).toBe('H1');
    expect(await activeText()).toBe(model.name);

    await tabTo('Scenarios');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/scenarios/`);
    await expect.poll(activeTag).toBe('H1');
    await tabTo(scenario.title);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/scenarios/${scenario.id}/`);
    // The link just pressed has the same text as the new page's heading: wait for the heading
    // itself to take focus, or the Tabs below could start on the old page and race the move.
    await expect.poll(async () => `${await activeTag()}: ${await activeText()}`).toBe(`H1: ${scenario.title}`);

    if (scenario.contentNote) {
      await tabTo(`Content note: ${scenario.contentNote}. Show the situation`);
      await page.keyboard.press('Enter');
      await expect
        .poll(() =>
          page
            .locator('details.content-note:not(.content-note-inline)')
            .evaluate((d) => (d as HTMLDetailsElement).open),
        )
        .toBe(true);
    }
    const focusModel = index.models[2]!;
    await tabTo(focusModel.name);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/scenarios/${scenario.id}/${focusModel.id}/`);
    // Changing the model in focus keeps keyboard focus on the control.
    expect(await activeText()).toBe(focusModel.name);
    // The URL changes before React renders the new route, so wait for the control to be marked.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-current'))).toBe('page');
    expect(await activeText()).toBe(focusModel.name);

    await tabTo('Compare across all scenarios');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/compare/`);
    await expect.poll(activeText).toBe('Compare the models');

    await tabTo('Sex work and the law', 'Shift+Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/`);
    await expect.poll(activeTag).toBe('H1');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('the skip link is first and moves focus to the main content', async () => {
    const { page } = await open('/compare/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.context().close();
  });
});

describe('reflow', () => {
  it.each([
    '/',
    `/scenarios/${scenario.id}/`,
    '/compare/',
    '/places/',
    '/models/nordic/',
    '/sources/',
    ...presentRoutes,
  ])('%s fits a 320 px wide screen without sideways scrolling (like 400%% zoom)', async (path) => {
    const { page } = await open(path, { viewport: { width: 320, height: 640 } });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });
});
