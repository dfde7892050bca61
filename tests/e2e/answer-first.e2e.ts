/**
 * Answer first (issue #14), on a 360×740 phone: one clear start on the home page, scenarios that
 * show their answer without a tap, long pages with "On this page" and folded sources, tables
 * that fit without sideways scrolling, places that mark hybrids and list the scenarios set there,
 * and a page of support reachable from the footer and the quick exit page.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { placeIdForName } from '../../src/content/place-names';
import { axeViolations } from './support/axe';
import { setupBrowser } from './support/browser';
import { builtIndex, builtJurisdictions, builtScenario } from './support/built-content';
import { builtLearn, builtLearnStep } from './support/built-learning';

const { open, baseUrl } = setupBrowser();
const PHONE = { width: 360, height: 740 };
const WIDE = { width: 1280, height: 900 };
const index = builtIndex();
const models = index.models;
const learn = builtLearn();
const noted = index.scenarios.find((s) => s.contentNote)!;
const scenarioStep = learn.steps.find((s) => builtLearnStep(s.id).scenarios.some((c) => c.contentNote))!;
const places = builtJurisdictions().jurisdictions;
const hybridCountry = places.find((p) => p.fit === 'hybrid' && p.isoNumeric)!;

/** No page wider than the screen: nothing to scroll sideways. */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The scenarios whose outcomes give a place as an example, read from the built scenarios. */
function scenariosNaming(placeId: string): string[] {
  return index.scenarios
    .filter((s) => {
      const { scenario } = builtScenario(s.id);
      return models.some((m) =>
        scenario.outcomes[m.id].jurisdictions.some((name) => placeIdForName(name, places) === placeId),
      );
    })
    .map((s) => s.title);
}

describe('a clear start', () => {
  it('shows what the site is and one primary action, with the path’s one time estimate, inside the first screen', async () => {
    const { page, problems } = await open('/', { viewport: PHONE });
    const start = page.getByRole('link', { name: 'Start learning' });
    const box = (await start.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect(await start.getAttribute('href')).toBe(`/learn/${learn.steps[0]!.id}/`);
    const minutes = learn.steps.reduce((sum, s) => sum + s.minutes, 0);
    expect(learn.minutes).toBe(minutes);
    const estimate = `${learn.steps.length} short steps, about ${minutes} minutes in all`;
    expect(await page.locator('#start-learning-time').textContent()).toBe(estimate);
    // One primary action: the other ways in are ordinary links, after it.
    expect(await page.locator('main .button-primary').count()).toBe(1);
    const others = page.getByRole('navigation', { name: 'Or go straight to' });
    for (const name of ['Scenarios', 'Compare the models', 'Places', 'Present to a class', 'Run a workshop']) {
      expect(await others.getByRole('link', { name: new RegExp(`^${name}`) }).count(), name).toBe(1);
    }
    const firstOther = (await others.boundingBox())!;
    expect(firstOther.y).toBeGreaterThan(box.y);
    // The same estimate, word for word, where the path starts.
    await page.goto(`${baseUrl}/learn/`, { waitUntil: 'networkidle' });
    expect(await page.getByText(estimate, { exact: true }).count()).toBe(1);
    expect(await page.getByText(/about 20 minutes/).count()).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('scenarios show their answer', () => {
  async function expectAnswersShown(page: Page) {
    const cards = page.locator('.outcome-card');
    expect(await cards.count()).toBe(4);
    for (const model of models) {
      const card = page.locator('.outcome-card', {
        has: page.getByRole('heading', { name: new RegExp(`^${model.name}`) }),
      });
      expect(await card.locator('.headline').textContent()).toBe(
        index.scenarios.find((s) => s.id === noted.id)!.headlines[model.id],
      );
      expect(await card.locator('.headline').isVisible(), `${model.name} headline`).toBe(true);
      const ratings = card.locator('.ratings .rating');
      expect(await ratings.count()).toBeGreaterThanOrEqual(3);
      for (const rating of await ratings.all()) expect(await rating.isVisible()).toBe(true);
    }
  }

  it('a scenario with a content note shows the question, every headline and rating, and folds only the situation, naming it', async () => {
    const { page, problems } = await open(`/scenarios/${noted.id}/`, { viewport: PHONE });
    await expectAnswersShown(page);
    expect(await page.locator('.scenario-question').isVisible()).toBe(true);
    const note = page.locator('details.content-note').first();
    expect(await note.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    const summary = note.locator('> summary');
    expect(await summary.innerText()).toBe(`Content note: ${noted.contentNote}. Show the situation`);
    const situation = builtScenario(noted.id).scenario.situation.slice(0, 40);
    expect(await page.getByText(situation).isVisible()).toBe(false);
    await summary.click();
    expect(await page.getByText(situation).isVisible()).toBe(true);
    await expect.poll(() => summary.innerText()).toBe(`Content note: ${noted.contentNote}. Hide the situation`);
    // Each explanation folds on its own, naming the note again.
    const why = page.locator('.outcome-card details.content-note-inline');
    expect(await why.count()).toBe(4);
    expect(await why.first().locator('> summary').innerText()).toBe(
      `Why (content note: ${noted.contentNote}). Show the explanation`,
    );
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('a link with a model in focus opens with that model’s outcome in view, and all four answers shown', async () => {
    const focus = models[2]!;
    const { page, problems } = await open(`/scenarios/${noted.id}/${focus.id}/`, { viewport: PHONE });
    await expectAnswersShown(page);
    const headline = page.locator('.outcome-item.is-focus .headline');
    expect(await headline.textContent()).toBe(noted.headlines[focus.id]);
    await expect
      .poll(async () => {
        const box = (await headline.boundingBox())!;
        return box.y >= 0 && box.y + box.height <= PHONE.height;
      })
      .toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('offers "always open content notes" beside the note, and remembers it on the device', async () => {
    const { page } = await open(`/scenarios/${noted.id}/`, { viewport: PHONE });
    const always = page.getByRole('checkbox', { name: 'Always open content notes on this device' });
    await always.check();
    const folds = page.locator('details.content-note');
    await expect.poll(() => folds.evaluateAll((all) => all.every((d) => (d as HTMLDetailsElement).open))).toBe(true);
    await page.reload({ waitUntil: 'networkidle' });
    await expect.poll(() => folds.evaluateAll((all) => all.every((d) => (d as HTMLDetailsElement).open))).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Always open content notes on this device' }).isChecked()).toBe(
      true,
    );
    await page.getByRole('checkbox', { name: 'Always open content notes on this device' }).uncheck();
    await expect.poll(() => page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    await page.context().close();
  });

  it('a learning step shows its scenario’s question, headlines and ratings without a tap, folding only the situation', async () => {
    const card = builtLearnStep(scenarioStep.id).scenarios[0]!;
    const { page, problems } = await open(`/learn/${scenarioStep.id}/`, { viewport: PHONE });
    const outcomes = page.locator('.learn-outcomes > li');
    expect(await outcomes.count()).toBe(4);
    for (const model of models) {
      const headline = page.getByText(card.outcomes[model.id].headline, { exact: true });
      expect(await headline.isVisible(), model.name).toBe(true);
    }
    for (const badge of await outcomes.locator('.rating').all()) expect(await badge.isVisible()).toBe(true);
    expect(await page.getByText(card.question, { exact: false }).first().isVisible()).toBe(true);
    expect(await page.locator('.learn-scenario details.content-note > summary').innerText()).toBe(
      `Content note: ${card.contentNote}. Show the situation`,
    );
    expect(await page.getByText(card.situation.slice(0, 40)).isVisible()).toBe(false);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('long pages you can steer', () => {
  it('fold each point’s sources to "Sources (n)" on a phone, and show them open on a wide screen', async () => {
    const step = builtLearnStep(learn.steps[0]!.id);
    const point = step.step.points[0]!;
    for (const [viewport, folded] of [
      [PHONE, true],
      [WIDE, false],
    ] as const) {
      const { page } = await open(`/learn/${step.step.id}/`, { viewport });
      const citations = page.locator('.key-points > li').first().locator('details.citations');
      const summary = citations.locator('> summary');
      const firstSource = citations.locator('li').first();
      if (folded) {
        expect(await summary.textContent()).toBe(`Sources (${point.sources.length})`);
        expect(await summary.isVisible()).toBe(true);
        expect(await firstSource.isVisible()).toBe(false);
        await summary.click();
        expect(await firstSource.isVisible()).toBe(true);
      } else {
        expect(await summary.isVisible()).toBe(false);
        expect(await firstSource.isVisible()).toBe(true);
        expect(await citations.getByText('Sources:').isVisible()).toBe(true);
      }
      await page.context().close();
    }
  });

  it.each(['/models/nordic/', '/myths/', `/learn/${scenarioStep.id}/`, `/places/${hybridCountry.id}/`])(
    '%s has an "On this page" list whose every link lands on a section of the page',
    async (path) => {
      const { page } = await open(path, { viewport: PHONE });
      const nav = page.getByRole('navigation', { name: 'On this page' });
      await nav.locator('summary').click();
      const links = nav.getByRole('link');
      expect(await links.count()).toBeGreaterThanOrEqual(3);
      for (const link of await links.all()) {
        const target = (await link.getAttribute('href'))!.slice(1);
        expect(await page.locator(`[id="${target}"]`).count(), target).toBe(1);
      }
      const last = links.last();
      const target = (await last.getAttribute('href'))!.slice(1);
      await last.click();
      await expect
        .poll(() => page.locator(`[id="${target}"]`).evaluate((el) => Math.round(el.getBoundingClientRect().top)))
        .toBeLessThan(PHONE.height / 2);
      await page.context().close();
    },
  );
});

describe('tables that fit a phone', () => {
  it('the comparison names all four models on every scenario, with each rating’s confidence, and never scrolls sideways', async () => {
    const { page, problems } = await open('/compare/', { viewport: PHONE });
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    const rows = page.locator('table.compare-matrix tbody tr');
    expect(await rows.count()).toBe(index.scenarios.length);
    const caption = page.locator('table.compare-matrix caption');
    const captionBox = (await caption.boundingBox())!;
    expect(captionBox.x + captionBox.width).toBeLessThanOrEqual(PHONE.width);
    for (const row of (await rows.all()).slice(0, 3)) {
      for (const model of models)
        expect(await row.getByText(model.name, { exact: true }).isVisible(), model.name).toBe(true);
      const box = (await row.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    }
    const title = (await rows.first().locator('th').textContent())!;
    const scenario = index.scenarios.find((s) => s.title === title)!;
    // Each cell says what its rating rests on and how sure the evidence is: "On paper, strong evidence".
    const evidence = await rows.first().locator('.rating-evidence').allTextContents();
    expect(evidence).toHaveLength(models.length);
    evidence.forEach((words, i) =>
      expect(words).toMatch(new RegExp(`^(On paper|Observed), ${scenario.confidence[models[i]!.id]} evidence$`)),
    );
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('the places list names all four models, each place a card, and never scrolls sideways', async () => {
    const { page, problems } = await open('/places/', { viewport: PHONE });
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    const list = page.locator('table.places-table');
    for (const model of models)
      expect(await list.getByText(model.name, { exact: true }).first().isVisible(), model.name).toBe(true);
    const cards = list.locator('tbody tr');
    expect(await cards.count()).toBe(places.length);
    const box = (await cards.first().boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    // Sorting works from the phone's own buttons (the column headers are not shown).
    await page
      .getByRole('group', { name: 'Sort the list by' })
      .getByRole('button', { name: /In force since/ })
      .click();
    await page.waitForURL(`${baseUrl}/places/?sort=year`);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('places that answer place questions', () => {
  it('marks a hybrid as a hybrid on the map, in its key and in the list', async () => {
    const { page, problems } = await open('/places/', { viewport: PHONE });
    const shape = page.locator('svg.world-map path.map-fill', {
      has: page.locator(
        `title:text-is("${hybridCountry.name}: ${models.find((m) => m.id === hybridCountry.model)!.name} (hybrid)")`,
      ),
    });
    await expect.poll(() => shape.count()).toBe(1);
    expect(await shape.getAttribute('class')).toContain('is-hybrid');
    expect(await shape.evaluate((el) => getComputedStyle(el).fill)).toContain(
      `world-map-pattern-hybrid-${hybridCountry.model}`,
    );
    // A clear case of the same model is not marked.
    const clear = places.find((p) => p.fit === 'clear' && p.model === hybridCountry.model && p.isoNumeric);
    if (clear) {
      const plain = page.locator('svg.world-map path.map-fill', {
        has: page.locator(`title:text-matches("^${clear.name}:")`),
      });
      expect(await plain.getAttribute('class')).not.toContain('is-hybrid');
    }
    const key = page.getByRole('list', { name: 'Key to the map' });
    expect(await key.getByText(/^Hybrid: mixes models/).isVisible()).toBe(true);
    const card = page.locator('table.places-table tbody tr', {
      has: page.getByRole('link', { name: hybridCountry.name, exact: true }),
    });
    expect(await card.locator('.fit').textContent()).toBe('Hybrid');
    expect(await card.locator('.fit').isVisible()).toBe(true);
    expect(await card.locator('.swatch rect').getAttribute('class')).toContain('is-hybrid');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('lets a phone zoom to a region, so small countries are big enough to tap, and links the full list', async () => {
    const { page, problems } = await open('/places/', { viewport: PHONE });
    const belgium = page.locator('svg.world-map a', { has: page.locator('title:text-matches("^Belgium:")') });
    await expect.poll(() => belgium.count()).toBe(1);
    const before = (await belgium.boundingBox())!;
    await page.getByRole('group', { name: 'Show on the map' }).getByRole('button', { name: 'Europe' }).click();
    await expect.poll(async () => (await belgium.boundingBox())!.width).toBeGreaterThan(before.width * 3);
    const after = (await belgium.boundingBox())!;
    expect(Math.min(after.width, after.height)).toBeGreaterThanOrEqual(20);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await belgium.dispatchEvent('click');
    await page.waitForURL(`${baseUrl}/places/belgium/`);
    await page.goBack();
    await page.getByRole('link', { name: 'Every place, in a list' }).click();
    await expect
      .poll(() => page.locator('#places-caption').evaluate((el) => el.getBoundingClientRect().top))
      .toBeLessThan(PHONE.height);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it.each(['new-zealand', 'germany'])(
    'the page of %s lists every scenario that names it, and filters them by the topics asked there',
    async (id) => {
      const place = places.find((p) => p.id === id)!;
      const expected = scenariosNaming(id);
      expect(expected.length).toBeGreaterThan(3);
      const { page, problems } = await open(`/places/${id}/`, { viewport: PHONE });
      const section = page.locator('section', { has: page.getByRole('heading', { name: 'Scenarios set here' }) });
      const titles = await section.locator('.place-scenarios > li > h3').allTextContents();
      expect([...titles].sort()).toEqual([...expected].sort());
      // Each links to its outcome with the place's model, or whichever model names it.
      const firstLink = section.locator('.place-scenarios > li').first().getByRole('link').first();
      expect(await firstLink.getAttribute('href')).toMatch(
        /^\/scenarios\/[a-z0-9-]+\/(criminalisation|legalisation|nordic|decriminalisation)\/$/,
      );
      const topics = page.getByRole('navigation', { name: 'Topics asked about here' });
      for (const topic of ['Police', 'Health'])
        expect(await topics.getByRole('link', { name: new RegExp(`^${topic} \\(\\d+\\)$`) }).count(), topic).toBe(1);
      const police = topics.getByRole('link', { name: /^Police \(\d+\)$/ });
      const count = Number(/\((\d+)\)/.exec((await police.textContent())!)![1]);
      await police.click();
      await page.waitForURL(`${baseUrl}/places/${id}/?topic=police`);
      await expect.poll(() => section.locator('.place-scenarios > li').count()).toBe(count);
      expect(await page.locator('h1').textContent()).toBe(place.name);
      expect(problems).toEqual([]);
      await page.context().close();
    },
  );
});

describe('where to get support', () => {
  it('is linked from the footer of every page and from the quick exit page', async () => {
    const { page, problems } = await open('/compare/', { viewport: PHONE });
    await page.getByRole('contentinfo').getByRole('link', { name: 'Where to get support' }).click();
    await page.waitForURL(`${baseUrl}/support/`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Where to get support');
    await page.goto(`${baseUrl}/quick-exit/`, { waitUntil: 'networkidle' });
    await page
      .getByRole('main')
      .getByRole('link', { name: /Organisations led by sex workers/ })
      .click();
    await page.waitForURL(`${baseUrl}/support/`);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('links out only by https with rel="noreferrer", loads nothing from those sites, and says when it was last reviewed', async () => {
    const { page, problems, requests } = await open('/support/', { viewport: PHONE });
    const links = page.locator('.support-entry h3 a');
    expect(await links.count()).toBeGreaterThanOrEqual(5);
    for (const link of await links.all()) {
      expect(await link.getAttribute('href')).toMatch(/^https:\/\//);
      expect((await link.getAttribute('rel'))?.split(' ')).toContain('noreferrer');
    }
    expect(await page.getByRole('heading', { name: 'By region' }).count()).toBe(1);
    expect(await page.locator('.last-reviewed').textContent()).toMatch(/^Last reviewed \d{4}-\d{2}-\d{2}$/);
    expect(requests.filter((url) => !url.startsWith(baseUrl))).toEqual([]);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('the scenario list', () => {
  it('says in words that its badges are safety ratings, and lists scenarios by title', async () => {
    const { page } = await open('/scenarios/', { viewport: PHONE });
    const cards = page.locator('.scenario-card');
    expect(await cards.first().getByText('Safety under each model:').isVisible()).toBe(true);
    expect(await cards.first().getByRole('list', { name: 'Safety under each model:' }).count()).toBe(1);
    const titles = await cards.locator('h2').allTextContents();
    const key = (title: string) => title.replace(/^(a|an|the) /i, '').toLowerCase();
    expect(titles.map(key)).toEqual([...titles].map(key).sort((a, b) => a.localeCompare(b)));
    await page.context().close();
  });
});

// The pages this issue changed, on a phone, in both colour schemes, as they load and with every
// fold open (tests/e2e/a11y.e2e.ts scans them at 1280 px).
const CHANGED = [
  '/',
  `/scenarios/${noted.id}/`,
  `/scenarios/${noted.id}/nordic/`,
  '/scenarios/',
  '/compare/',
  '/places/',
  `/places/${hybridCountry.id}/`,
  `/learn/${scenarioStep.id}/`,
  '/models/nordic/',
  '/myths/',
  '/support/',
  '/quick-exit/',
];

// A scan of the longest of these pages takes most of a minute on a busy two-core machine.
const SCAN_TIMEOUT = 120_000;

describe.each(['light', 'dark'] as const)('axe at 360 px, %s theme', (colorScheme) => {
  describe.each(['as it loads', 'with every fold open'] as const)('%s', (state) => {
    it.each(CHANGED)(
      '%s has no violations',
      async (path) => {
        const { page } = await open(path, { viewport: PHONE, colorScheme });
        if (state === 'with every fold open')
          await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        expect(await axeViolations(page)).toEqual([]);
        await page.context().close();
      },
      SCAN_TIMEOUT,
    );
  });
});
