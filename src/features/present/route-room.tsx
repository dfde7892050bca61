/** /room/: the page participants open on their phones to answer in a workshop room. */
import { roomMessages } from '../../i18n/room';
import type { FeatureRoute } from '../../lib/route';
import { ParticipantPage } from './room/participant-page';

export function roomRoute(): FeatureRoute {
  return {
    Component: ParticipantPage,
    meta: () => ({ title: roomMessages.join.title, description: roomMessages.join.description }),
  };
}
