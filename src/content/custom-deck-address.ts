/**
 * Where a hand-built deck lives in an address (/present/custom/1/?d=…): a module of its own, so
 * the router can know the parameter without loading the deck codec (content/custom-deck.ts).
 */

/** The deck id in paths for a deck built by hand: /present/custom/1/?d=… */
export const CUSTOM_DECK_ID = 'custom';
export const CUSTOM_DECK_PARAM = 'd';
