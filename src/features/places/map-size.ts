/**
 * The map's drawing size, shared by the page (which reserves the space before the map's code
 * arrives, so nothing jumps) and the lazily loaded map itself.
 */
export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 440;
