import type { FeatureRoute } from '../../lib/route';
import { reuseMessages } from '../../i18n/share';
import { ReusePage } from './reuse-page';

export function reuseRoute(): FeatureRoute {
  return {
    Component: ReusePage,
    meta: () => ({ title: reuseMessages.title, description: reuseMessages.description }),
  };
}
