/**
 * What the room needs to join: the address, the code in large type and a QR code that holds
 * both. "Show the code full screen" puts it on the projector as a slide (FrontOfRoom): laid out
 * at 1600 × 900 and scaled like every other slide, with the count of phones going up, and the
 * whole page full screen so the quick exit stays on screen (decision 014).
 */
import { useState } from 'react';
import { QrCode } from '../../../components/share/qr-code';
import { paths } from '../../../config/paths';
import { roomMessages } from '../../../i18n/room';
import { FrontOfRoom } from '../workshop/front-of-room';
import { joinUrl, type RoomServer } from './room-server';

const t = roomMessages.host;

export function JoinCard({ server, code, presence }: { server: RoomServer; code: string; presence: string }) {
  const [projecting, setProjecting] = useState(false);
  const address = joinUrl(server, paths.room.getHref());
  const withCode = joinUrl(server, paths.room.getHref(code));
  return (
    <div className="room-join">
      <div className="room-join-text">
        <JoinText address={address} code={code} />
        <button type="button" className="room-join-full" onClick={() => setProjecting(true)}>
          {t.fullScreen}
        </button>
      </div>
      <QrCode text={withCode} label={t.qrLabel(withCode)} />
      {projecting && (
        <FrontOfRoom label={t.projectorLabel} onClose={() => setProjecting(false)}>
          <div className="slide slide-kind-join">
            <div className="room-join-text">
              <JoinText address={address} code={code} />
              <p className="room-join-presence">{presence}</p>
            </div>
            <QrCode text={withCode} label={t.qrLabel(withCode)} />
          </div>
        </FrontOfRoom>
      )}
    </div>
  );
}

function JoinText({ address, code }: { address: string; code: string }) {
  return (
    <>
      <p className="room-join-heading">{t.joinHeading}</p>
      <p>{t.joinSteps}</p>
      <p className="room-join-url">{address}</p>
      <p className="room-code-label" aria-hidden="true">
        {t.codeLabel}
      </p>
      {/* Read letter by letter ("K 7 M 2 Q"), not as a word. */}
      <p className="room-code">
        <span aria-hidden="true">{code}</span>
        <span className="visually-hidden">{`${t.codeLabel}: ${[...code].join(' ')}`}</span>
      </p>
    </>
  );
}
