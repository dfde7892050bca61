/** What a comparison offers to share: its embeddable view and downloads (pictures, CSV). */
import type { EmbedOptions } from '../../components/share/embed-panel';
import { fileSlug, type ShareDownloads } from '../../components/share/downloads';
import { compareViewTitle, scenariosInView } from '../../components/share/images/from-content';
import { paths } from '../../config/paths';
import type { ContentIndex } from '../../content/payloads';
import { MODEL_IDS } from '../../content/vocabulary';
import { messages } from '../../i18n/messages';
import { shareMessages } from '../../i18n/share';
import { compareStateToSearch, type CompareState } from './url-state';

/**
 * Without the host's script the frame keeps this height: enough for the view in a 760-pixel
 * column, where the table is a card per scenario (as on a phone), each model a line with its
 * rating, basis and confidence (measured: about 195 px a card with two models; each model adds
 * about 55).
 */
export const compareEmbedHeight = (rows: number, models: number): number => 400 + rows * (80 + models * 60);

export function compareEmbed(state: CompareState, rows: number): EmbedOptions {
  return {
    path: paths.embedCompare.getHref(compareStateToSearch(state)),
    height: compareEmbedHeight(rows, state.models.length),
  };
}

export function compareDownloads(index: ContentIndex, state: CompareState): ShareDownloads {
  const models = index.models.filter((m) => state.models.includes(m.id));
  const some = models.length < MODEL_IDS.length;
  const title = compareViewTitle(state);
  return {
    fileStem: fileSlug('compare', state.dimension, state.topic, some ? models.map((m) => m.id).join('-') : undefined),
    title: some ? `${title} (${models.map((m) => m.name).join(', ')})` : title,
    loadImage: async () => {
      const [{ compareImageSvg }, { compareImageData }] = await Promise.all([
        import('../../components/share/images/compare-image'),
        import('../../components/share/images/from-content'),
      ]);
      const data = compareImageData(index, state);
      return (frame) => compareImageSvg(frame, data);
    },
    loadTable: async () => {
      const t = shareMessages.csv;
      // Each model's rating, then what it rests on and how strong its evidence is, in columns of
      // their own so a spreadsheet can sort or filter by them (decision 020).
      const header = [
        t.scenarioId,
        t.scenario,
        t.dimension,
        ...models.flatMap((m) => [m.name, t.basisColumn(m.name), t.confidenceColumn(m.name)]),
      ];
      const rows = scenariosInView(index, state.topic).map((s) => [
        s.id,
        s.title,
        messages.dimensions[state.dimension],
        ...models.flatMap((m) => {
          const level = s.ratings[m.id][state.dimension];
          if (!level) return [shareMessages.file.notRated, '', ''];
          const basis = s.bases[m.id][state.dimension];
          return [
            messages.ratings[level],
            basis ? messages.ratingEvidence.basis[basis] : '',
            messages.confidence[s.confidence[m.id]],
          ];
        }),
      ]);
      return [header, ...rows];
    },
  };
}
