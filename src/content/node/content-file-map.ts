/**
 * The content files the build writes, by path. `put` takes a file's name from `contentFiles`
 * (payloads.ts) and only the payload type that name declares, so what the build emits and what
 * the browser reads are checked against one declaration.
 */
import type { ContentFile } from '../payloads';

export class ContentFileMap extends Map<string, unknown> {
  put<T>(file: ContentFile<T>, payload: NoInfer<T>): this {
    return this.set(file, payload);
  }

  /** Every file of another map (a part of the content, emitted by its own module). */
  putAll(files: ContentFileMap): this {
    for (const [path, payload] of files) this.set(path, payload);
    return this;
  }
}
