import { safetyMessages } from '../../i18n/safety';
import type { FeatureRoute } from '../../lib/route';
import { PrivacyPage } from './privacy-page';
import { QuickExitPage } from './quick-exit-page';

const t = safetyMessages;

export function quickExitRoute(): FeatureRoute {
  return {
    Component: QuickExitPage,
    meta: () => ({ title: t.quickExitTitle, description: t.quickExitIntro }),
  };
}

export function privacyRoute(): FeatureRoute {
  return { Component: PrivacyPage, meta: () => ({ title: t.privacyTitle, description: t.privacyIntro }) };
}
