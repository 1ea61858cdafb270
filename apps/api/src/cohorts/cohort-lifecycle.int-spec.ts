import { startTestApp, type TestApp } from '../testing/test-app';
import { CohortLifecycleService } from './cohort-lifecycle.service';
import { DateTime } from '@gantry/shared';

const CREATE = `mutation C($input: CreateCohortInput!) { createCohort(input: $input) { id sessions { id } } }`;

describe('cohort lifecycle', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('starts an open cohort (RUNNING) once its first session has begun, and only then', async () => {
    const { client: mentor, chapter } = await t.factories.asMentor();
    const input = {
      chapterId: chapter.id,
      title: 'Lifecycle cohort',
      modalityCodes: ['CT'],
      capacity: 5,
      timeZone: 'America/Denver',
      pattern: { startDate: DateTime.utc().plus({ days: 3 }).toISODate(), localTime: '19:00', durationMinutes: 120, cadence: 'WEEKLY', count: 2 },
    };
    const created = (await mentor.ok(CREATE, { input })).createCohort;
    const lifecycle = t.app.get(CohortLifecycleService);
    expect(await lifecycle.startDueCohorts()).not.toContain(created.id);
    await mentor.ok(`mutation P($id: ID!) { setCohortStatus(id: $id, status: OPEN) { status } }`, { id: created.id });
    expect(await lifecycle.startDueCohorts()).not.toContain(created.id);
    await t.db.query(`UPDATE cohort_session SET starts_at = now() - interval '5 minutes', ends_at = now() + interval '1 hour' WHERE id = $1`, [
      created.sessions[0].id,
    ]);
    expect(await lifecycle.startDueCohorts()).toContain(created.id);
    expect(await lifecycle.startDueCohorts()).not.toContain(created.id);
    const { cohort } = await mentor.ok(`query($id: ID!) { cohort(id: $id) { status nextSession { joinState } } }`, { id: created.id });
    expect(cohort).toEqual({ status: 'RUNNING', nextSession: { joinState: 'OPEN' } });
  });
});
