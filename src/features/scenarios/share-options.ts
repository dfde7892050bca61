/** What a scenario offers to share: its embeddable view and its downloads (pictures). */
import type { EmbedOptions } from '../../components/share/embed-panel';
import { fileSlug, type ShareDownloads } from '../../components/share/downloads';
import { paths } from '../../config/paths';
import type { ScenarioPage } from '../../content/payloads';
import type { ModelId } from '../../content/vocabulary';

/**
 * The frame's height without the host's script: the tallest card with its sources and licence
 * line measures 1,397 px in a 760-pixel column; tests/e2e/embeds.e2e.ts checks it still fits.
 */
export const SCENARIO_EMBED_HEIGHT = 1450;

export function scenarioEmbed(scenarioId: string, focus: ModelId | undefined): EmbedOptions {
  return { path: paths.embedScenario.getHref(scenarioId, focus), height: SCENARIO_EMBED_HEIGHT };
}

export function scenarioDownloads(page: ScenarioPage, focus: ModelId | undefined): ShareDownloads {
  const focusName = page.models.find((m) => m.id === focus)?.name;
  return {
    fileStem: fileSlug(page.scenario.id, focus),
    title: focusName ? `${page.scenario.title} (${focusName})` : page.scenario.title,
    reviewed: page.scenario.lastReviewed,
    loadImage: async () => {
      const [{ scenarioImageSvg }, { scenarioImageData }] = await Promise.all([
        import('../../components/share/images/scenario-image'),
        import('../../components/share/images/from-content'),
      ]);
      const data = scenarioImageData(page, focus);
      return (frame) => scenarioImageSvg(frame, data);
    },
  };
}
