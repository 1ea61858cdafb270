import { Field, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Authenticated } from '../common/auth/policy.decorator';
import { CurrentViewer } from '../common/auth/current-viewer.decorator';
import type { Viewer } from '../common/auth/viewer';
import { CalendarService } from './calendar.service';

@ObjectType('CalendarFeed')
export class CalendarFeedModel {
  @Field({ description: 'Secret subscription URL: anyone with it sees your session times.' }) url!: string;
  @Field() createdAt!: Date;
}

@Resolver(() => CalendarFeedModel)
export class CalendarResolver {
  constructor(private readonly calendar: CalendarService) {}

  @Authenticated()
  @Query(() => CalendarFeedModel, { nullable: true, description: 'Your calendar feed, if you created one.' })
  async calendarFeed(@CurrentViewer() viewer: Viewer): Promise<CalendarFeedModel | null> {
    const feed = await this.calendar.feed(viewer);
    return feed ? { url: this.calendar.feedUrl(feed.token), createdAt: feed.createdAt } : null;
  }

  @Authenticated()
  @Mutation(() => CalendarFeedModel, { description: 'Create your feed, or replace its URL (the old one stops working).' })
  async resetCalendarFeed(@CurrentViewer() viewer: Viewer): Promise<CalendarFeedModel> {
    const feed = await this.calendar.resetFeed(viewer);
    return { url: this.calendar.feedUrl(feed.token), createdAt: feed.createdAt };
  }

  @Authenticated()
  @Mutation(() => Boolean, { description: 'Turn your feed off; its URL stops working.' })
  async revokeCalendarFeed(@CurrentViewer() viewer: Viewer): Promise<boolean> {
    return this.calendar.revokeFeed(viewer);
  }
}
