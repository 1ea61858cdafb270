import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { clampPageSize, PAGE_SIZE_MAX } from '@gantry/shared';
import { AppError } from '../errors/app-error';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor!: string | null;
}

export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A connection type for T: nodes, pageInfo, totalCount. */
export function Paginated<T>(classRef: Type<T>): Type<Page<T>> {
  @ObjectType({ isAbstract: true })
  abstract class PaginatedType {
    @Field(() => [classRef])
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }
  return PaginatedType as unknown as Type<Page<T>>;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1–${PAGE_SIZE_MAX} (default 25).` })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

/** Offset pagination with opaque cursors; the page size is always capped. */
export function pageWindow(args: PageArgs): { limit: number; offset: number } {
  const limit = clampPageSize(args.first);
  let offset = 0;
  if (args.after) {
    const decoded = Number(Buffer.from(args.after, 'base64url').toString('utf8').replace(/^o:/, ''));
    if (!Number.isInteger(decoded) || decoded < 0) throw AppError.validation({ after: ['This cursor is not valid.'] });
    offset = decoded;
  }
  return { limit, offset };
}

export function toPage<T>(nodes: T[], totalCount: number, window: { limit: number; offset: number }): Page<T> {
  const next = window.offset + nodes.length;
  return {
    nodes,
    totalCount,
    pageInfo: { hasNextPage: next < totalCount, endCursor: nodes.length ? Buffer.from(`o:${next}`).toString('base64url') : null },
  };
}
