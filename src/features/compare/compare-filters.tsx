import { DimensionSelect, TopicSelect } from '../../components/comparison-selects';
import type { ModelSummary } from '../../content/payloads';
import { messages } from '../../i18n/messages';
import { DEFAULT_COMPARE_STATE, toggleModel, type CompareState } from './url-state';

const t = messages.compare;

interface Props {
  state: CompareState;
  models: ModelSummary[];
  onChange: (next: CompareState) => void;
}

export function CompareFilters({ state, models, onChange }: Props) {
  return (
    <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t.title}>
      <DimensionSelect value={state.dimension} onChange={(dimension) => onChange({ ...state, dimension })} />
      <TopicSelect value={state.topic} onChange={(topic) => onChange({ ...state, topic })} />
      <fieldset>
        <legend>{t.models}</legend>
        {models.map((m) => (
          <label key={m.id} className="checkbox">
            <input
              type="checkbox"
              checked={state.models.includes(m.id)}
              disabled={state.models.length === 1 && state.models.includes(m.id)}
              onChange={() => onChange(toggleModel(state, m.id))}
            />
            {m.name}
          </label>
        ))}
      </fieldset>
      <button type="button" onClick={() => onChange(DEFAULT_COMPARE_STATE)}>
        {t.reset}
      </button>
    </form>
  );
}
