import { useCallback, useState } from 'react';
import { saveBlob } from '@web/lib/save-file';

/** The file name of a Content-Disposition header (`attachment; filename="x.pdf"`), else the fallback. */
export function attachmentName(header: string | null, fallback: string): string {
  const match = /filename="([^"]+)"/i.exec(header ?? '') ?? /filename=([^;\s]+)/i.exec(header ?? '');
  return match?.[1] ?? fallback;
}

export type DownloadState = { busy: boolean; failed: { status: number; code: string | null } | null };

/**
 * Fetches a server-rendered file with the session cookie and saves it under the server's name. A refusal or failure
 * stays on the page as a message (a plain link would replace the page with the error); status 0 = no connection.
 */
export function useDownload() {
  const [state, setState] = useState<DownloadState>({ busy: false, failed: null });
  const download = useCallback(async (url: string, fallbackName: string) => {
    setState({ busy: true, failed: null });
    try {
      const response = await fetch(url, { credentials: 'same-origin' });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { error?: { code?: unknown } } | null;
        const code = typeof body?.error?.code === 'string' ? body.error.code : null;
        setState({ busy: false, failed: { status: response.status, code } });
        return;
      }
      saveBlob(attachmentName(response.headers.get('content-disposition'), fallbackName), await response.blob());
      setState({ busy: false, failed: null });
    } catch {
      setState({ busy: false, failed: { status: 0, code: null } });
    }
  }, []);
  return { ...state, download };
}
