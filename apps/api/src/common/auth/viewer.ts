import type { ChapterRole, Role } from '@gantry/shared';
import type { Request, Response } from 'express';
import type { Loaders } from '../../graphql/loaders';

/** Who is asking: resolved once per request from the session cookie. */
export interface Viewer {
  userId: string;
  sessionId: string;
  email: string;
  isPlatformAdmin: boolean;
  /** Global roles derived from the flag and the memberships; STUDENT for everyone. */
  roles: Role[];
  memberships: { chapterId: string; role: ChapterRole }[];
}

export interface RequestWithViewer extends Request {
  viewer?: Viewer;
  /** Client address as seen through a trusted proxy (or the socket). */
  clientIp?: string;
}

export interface GqlContext {
  req: RequestWithViewer;
  res: Response;
  viewer?: Viewer;
  loaders: Loaders;
  /**
   * On a WebSocket only: the viewer as their session says now (undefined once signed out),
   * for subscriptions that outlive the moment they were authorized.
   */
  refreshViewer?: () => Promise<Viewer | undefined>;
}

export function hasChapterRole(viewer: Viewer | undefined, chapterId: string, role?: ChapterRole): boolean {
  if (!viewer) return false;
  return viewer.memberships.some((m) => m.chapterId === chapterId && (!role || m.role === role));
}
