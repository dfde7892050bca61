/**
 * What the room needs to join: the address, the code in large type and a QR code that holds
 * both. Can fill the projector (full screen) while phones join, with the count going up.
 */
import { useEffect, useRef, useState } from 'react';
import { QrCode } from '../../../components/share/qr-code';
import { paths } from '../../../config/paths';
import { roomMessages } from '../../../i18n/room';
import { joinUrl, type RoomServer } from './room-server';

const t = roomMessages.host;

export function JoinCard({ server, code, presence }: { server: RoomServer; code: string; presence: string }) {
  const card = useRef<HTMLDivElement>(null);
  const [full, setFull] = useState(false);
  const [canFill] = useState(() => typeof document !== 'undefined' && document.fullscreenEnabled);
  useEffect(() => {
    const onChange = () => setFull(document.fullscreenElement === card.current);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  const address = joinUrl(server, paths.room.getHref());
  const withCode = joinUrl(server, paths.room.getHref(code));
  return (
    <div className="room-join" ref={card}>
      <div className="room-join-text">
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
        {full && <p className="room-join-presence">{presence}</p>}
        {canFill && (
          <button
            type="button"
            className="room-join-full"
            onClick={() => void (full ? document.exitFullscreen() : card.current?.requestFullscreen())}
          >
            {full ? t.exitFullScreen : t.fullScreen}
          </button>
        )}
      </div>
      <QrCode text={withCode} label={t.qrLabel(withCode)} />
    </div>
  );
}
