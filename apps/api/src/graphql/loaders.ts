import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { ChaptersService } from '../chapters/chapters.service';
import type { ChapterEntity } from '../chapters/chapter.entity';

/** Every relation a resolver walks goes through one of these, built fresh per request. */
export interface Loaders {
  chapterById: DataLoader<string, ChapterEntity | null>;
}

function byId<T extends { id: string }>(fetch: (ids: readonly string[]) => Promise<T[]>): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await fetch(ids);
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

/** A singleton that makes per-request loaders (never a request-scoped provider). */
@Injectable()
export class LoadersFactory {
  constructor(private readonly chapters: ChaptersService) {}

  create(): Loaders {
    return {
      chapterById: byId((ids) => this.chapters.byIds(ids)),
    };
  }
}
