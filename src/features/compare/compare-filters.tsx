import type { ModelSummary } from '../../content/payloads';
import { DIMENSIONS, TOPICS, type Dimension, type Topic } from '../../content/vocabulary';
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
      <label>
        {t.dimension}
        <select value={state.dimension} onChange={(e) => onChange({ ...state, dimension: e.target.value as Dimension })}>
          {DIMENSIONS.map((d) => (
            <option key={d} value={d}>
              {messages.dimensions[d]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.topic}
        <select
          value={state.topic ?? ''}
          onChange={(e) => onChange({ ...state, topic: (e.target.value || undefined) as Topic | undefined })}
        >
          <option value="">{messages.scenarios.allTopics}</option>
          {TOPICS.map((topic) => (
            <option key={topic} value={topic}>
              {messages.topics[topic]}
            </option>
          ))}
        </select>
      </label>
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
