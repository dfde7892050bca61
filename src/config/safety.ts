/**
 * Where "Exit this page" goes: a neutral, common site. Organisations can set their own with
 * VITE_QUICK_EXIT_URL at build time (for example a local weather or news page).
 */
export const QUICK_EXIT_URL: string = import.meta.env.VITE_QUICK_EXIT_URL || 'https://www.bbc.com/weather';

/** Shift pressed this many times within the window below triggers the quick exit. */
export const QUICK_EXIT_PRESSES = 3;
export const QUICK_EXIT_WINDOW_MS = 1500;
