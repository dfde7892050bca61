/** The reader has asked the browser to save data (Chromium's Save-Data / "Lite" setting). */
export function savesData(): boolean {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  return connection?.saveData === true;
}
