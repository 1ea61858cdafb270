import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { AppError } from '../errors/app-error';
import { viewerOf } from './policy.guard';
import type { Viewer } from './viewer';

/** The signed-in viewer; throws UNAUTHENTICATED when there is none. */
export const CurrentViewer = createParamDecorator((_: unknown, ctx: ExecutionContext): Viewer => {
  const viewer = viewerOf(ctx);
  if (!viewer) throw AppError.unauthenticated();
  return viewer;
});

/** The viewer if signed in, else undefined (for public operations). */
export const OptionalViewer = createParamDecorator((_: unknown, ctx: ExecutionContext): Viewer | undefined => viewerOf(ctx));
