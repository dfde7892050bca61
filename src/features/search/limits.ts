/** A query longer than this is cut: nobody types more, and it keeps a pasted page harmless. */
export const MAX_QUERY_LENGTH = 200;
