/**
 * The predict page's one seam to rooms: asks whether a room server is behind this site and, only
 * then, loads the room panel (its code and QR library stay out of every other page). On a static
 * host it renders nothing and the page is exactly as it was.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import type { RoomPanelProps } from './room-panel';
import { findRoomServer, type RoomServer } from './room-server';

const RoomPanel = lazy(() => import('./room-panel'));

export function RoomSlot(props: Omit<RoomPanelProps, 'server'>) {
  const [server, setServer] = useState<RoomServer | null>(null);
  useEffect(() => {
    let current = true;
    void findRoomServer().then((found) => current && setServer(found));
    return () => {
      current = false;
    };
  }, []);
  if (!server) return null;
  return (
    <Suspense fallback={null}>
      <RoomPanel server={server} {...props} />
    </Suspense>
  );
}
