import { DateTime } from '@gantry/shared';
import { startTestApp, type TestApp } from '../testing/test-app';

const CREATE_COHORT = `mutation C($input: CreateCohortInput!) { createCohort(input: $input) { id sessions { id } } }`;
const CREATE_MATERIAL = `mutation M($input: MaterialInput!) { createMaterial(input: $input) { id } }`;
const SET_AGENDA = `mutation A($sessionId: ID!, $items: [AgendaItemInput!]!) { setSessionAgenda(sessionId: $sessionId, items: $items) { id } }`;

/** What the cohort and session pages ask for, agenda and material tags included. */
const COHORT_PAGE = `query($id: ID!) {
  cohort(id: $id) {
    id viewerProgress { done total minutesLeft } viewerCanManage coverage { code sessionIds }
    nextSession { id agenda { id viewerDone material { id title minutes } } }
    sessions {
      id number recordingUrl viewerProgress { done total minutesLeft }
      agenda { id phase released releasesAt viewerDone material { id kind title minutes modalities { code } domains { code } } }
    }
  }
}`;
const LIBRARY = `query($filter: MaterialFilterInput) { materials(filter: $filter, first: 50) { totalCount nodes { headline material { id title viewerCanEdit modalities { code } domains { code } } } } }`;

/**
 * The number of SQL statements behind the main lesson-material pages must not grow
 * with the number of agenda items or library results (DataLoaders, no N+1).
 */
describe('lesson material pages: query counts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('keeps the cohort page and the library search flat as agendas and results grow', async () => {
    const m = await t.factories.asMentor();
    const start = DateTime.utc().setZone('America/Denver').plus({ days: 3 }).toISODate();
    const cohort = (
      await m.client.ok(CREATE_COHORT, {
        input: {
          chapterId: m.chapter.id, title: 'Counting cohort', modalityCodes: ['CT'], capacity: 5, timeZone: 'America/Denver',
          pattern: { startDate: start, localTime: '19:00', durationMinutes: 120, cadence: 'WEEKLY', count: 5 },
        },
      })
    ).createCohort;
    await m.client.ok(`mutation($id: ID!) { setCohortStatus(id: $id, status: OPEN) { status } }`, { id: cohort.id });
    const student = await t.factories.asStudent();
    await student.client.ok(`mutation($id: ID!) { enroll(cohortId: $id) { status } }`, { id: cohort.id });

    const word = `zircon${Date.now().toString(36)}`;
    const materials: string[] = [];
    const addMaterials = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const input = {
          kind: 'READING', scope: 'CHAPTER', chapterId: m.chapter.id, title: `${word} reading ${materials.length}`, minutes: 5,
          bodyMarkdown: `About ${word}.`, modalityCodes: ['CT', 'MRI'], domainCodes: ['SAFETY', 'ANATOMY'],
        };
        materials.push((await m.client.ok(CREATE_MATERIAL, { input })).createMaterial.id);
      }
    };
    const setAgendas = async (perSession: number) => {
      for (const [i, s] of cohort.sessions.entries()) {
        const items = materials.slice(i * perSession, (i + 1) * perSession).map((materialId) => ({ materialId, phase: 'BEFORE', release: 'NOW' }));
        await m.client.ok(SET_AGENDA, { sessionId: s.id, items });
      }
    };

    await addMaterials(5);
    await setAgendas(1);
    const small = {
      student: await student.client.countQueries(COHORT_PAGE, { id: cohort.id }),
      mentor: await m.client.countQueries(COHORT_PAGE, { id: cohort.id }),
      library: await m.client.countQueries(LIBRARY, { filter: { query: word } }),
    };

    await addMaterials(20);
    await setAgendas(5);
    const page = (await student.client.ok(COHORT_PAGE, { id: cohort.id })).cohort;
    expect(page.sessions.flatMap((s: { agenda: unknown[] }) => s.agenda)).toHaveLength(25);
    expect((await m.client.ok(LIBRARY, { filter: { query: word } })).materials.totalCount).toBe(25);
    const large = {
      student: await student.client.countQueries(COHORT_PAGE, { id: cohort.id }),
      mentor: await m.client.countQueries(COHORT_PAGE, { id: cohort.id }),
      library: await m.client.countQueries(LIBRARY, { filter: { query: word } }),
    };
    expect(large).toEqual(small);
    // And small in absolute terms.
    expect(large.student).toBeLessThanOrEqual(20);
    expect(large.library).toBeLessThanOrEqual(8);
  });
});
