/**
 * The offer to save the whole guide for offline use, with its size, and what happened. Pages a
 * reader opens are kept anyway; the whole guide (about 1.1 MB) only when they ask, since many
 * readers pay for every megabyte (docs/decisions/015).
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../config/paths';
import { offlineMessages } from '../i18n/offline';
import { leavesNoTrail } from '../lib/leave-no-trail';
import { readSavedGuide, saveWholeGuide } from '../lib/offline-copy';
import { OFFLINE_SUMMARY, type OfflineSummary, type SavedGuide } from '../lib/offline-rules';

const t = offlineMessages;

async function fetchSummary(): Promise<OfflineSummary> {
  const response = await fetch(`${import.meta.env.BASE_URL}${OFFLINE_SUMMARY}`, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`offline summary: HTTP ${response.status}`);
  return (await response.json()) as OfflineSummary;
}

type Saving = { kind: 'idle' } | { kind: 'saving'; done: number; total: number } | { kind: 'message'; text: string };

export function SaveOfflinePanel() {
  const headingId = useId();
  // Offline there is nothing to download: the offer (and the request for its size) waits for a
  // connection rather than failing.
  const online = typeof navigator === 'undefined' || navigator.onLine;
  const { data: summary } = useQuery({
    queryKey: ['offline-summary'],
    queryFn: fetchSummary,
    staleTime: Infinity,
    retry: false,
    enabled: online,
  });
  const [saved, setSaved] = useState<SavedGuide | undefined>(undefined);
  const [saving, setSaving] = useState<Saving>({ kind: 'idle' });
  useEffect(() => void readSavedGuide().then(setSaved), []);

  const noTrail = leavesNoTrail();
  const current = saved !== undefined && summary !== undefined && saved.build === summary.build;
  const save = async () => {
    setSaving({ kind: 'saving', done: 0, total: summary?.files ?? 0 });
    try {
      // Progress in tenths, so a screen reader hears a few updates, not one per file.
      let tenth = -1;
      const result = await saveWholeGuide((done, total) => {
        const now = Math.floor((done / total) * 10);
        if (now === tenth) return;
        tenth = now;
        setSaving({ kind: 'saving', done, total });
      });
      if (result.kind === 'saved') {
        setSaved(result.guide);
        setSaving({ kind: 'message', text: t.saved(t.formatDate(result.guide.savedAt)) });
      } else if (result.kind === 'incomplete') setSaving({ kind: 'message', text: t.incomplete(result.missing) });
      else setSaving({ kind: 'message', text: result.kind === 'not-controlled' ? t.noWorker : t.unavailable });
    } catch {
      setSaving({ kind: 'message', text: t.failed });
    }
  };

  return (
    <section className="save-offline" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.heading}</h2>
      {noTrail ? (
        <p>{t.noTrail}</p>
      ) : (
        <>
          <p>
            {t.intro} {!current && t.offer}
          </p>
          {current && saving.kind === 'idle' && (
            <p>
              {t.saved(t.formatDate(saved.savedAt))} <Link to={paths.privacy.getHref()}>{t.remove}</Link>
            </p>
          )}
          {!current && summary && (
            <>
              {saved && <p>{t.outdated}</p>}
              <p>
                <button type="button" onClick={() => void save()} disabled={saving.kind === 'saving'}>
                  {t.save(summary.bytes.download)}
                </button>
              </p>
              <p className="note">{t.sizeNote(summary.bytes.download, summary.bytes.stored)}</p>
            </>
          )}
        </>
      )}
      <p role="status">
        {saving.kind === 'saving' ? t.saving(saving.done, saving.total) : saving.kind === 'message' ? saving.text : ''}
      </p>
    </section>
  );
}

export default SaveOfflinePanel;
