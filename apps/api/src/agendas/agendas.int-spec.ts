import { DateTime } from '@gantry/shared';
import { startTestApp, type GqlClient, type TestApp } from '../testing/test-app';

const CREATE_COHORT = `mutation C($input: CreateCohortInput!) { createCohort(input: $input) { id sessions { id } } }`;
const CREATE_MATERIAL = `mutation M($input: MaterialInput!) { createMaterial(input: $input) { id } }`;
const SET_AGENDA = `mutation A($sessionId: ID!, $items: [AgendaItemInput!]!) { setSessionAgenda(sessionId: $sessionId, items: $items) { id position phase released releasesAt } }`;
const COHORT_AGENDA = `query($id: ID!) { cohort(id: $id) { viewerProgress { done total minutesLeft } coverage { kind code sessionIds } sessions { id agenda { id released releasesAt viewerDone material { title bodyHtml } } } } }`;

describe('session agendas', () => {
  let t: TestApp;
  let mentor: GqlClient;
  let student: GqlClient;
  let outsider: GqlClient;
  let cohortId: string;
  let sessionIds: string[];
  const mats: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    const m = await t.factories.asMentor();
    mentor = m.client;
    const start = DateTime.utc().setZone('America/Denver').plus({ days: 10 }).toISODate();
    const cohort = (
      await mentor.ok(CREATE_COHORT, {
        input: {
          chapterId: m.chapter.id, title: 'Agenda cohort', modalityCodes: ['CT'], capacity: 5, timeZone: 'America/Denver',
          pattern: { startDate: start, localTime: '19:00', durationMinutes: 120, cadence: 'WEEKLY', count: 2 },
        },
      })
    ).createCohort;
    cohortId = cohort.id;
    sessionIds = cohort.sessions.map((s: { id: string }) => s.id);
    await mentor.ok(`mutation($id: ID!) { setCohortStatus(id: $id, status: OPEN) { status } }`, { id: cohortId });
    for (const [key, title, mod, dom, minutes] of [
      ['now', 'Read first', 'CT', 'IMAGING_EQUIPMENT', 10],
      ['later', 'Opens 3 days before', 'MRI', 'SAFETY', 15],
      ['after', 'After the session', 'PACS', 'IT_NETWORK', 5],
    ] as const) {
      mats[key] = (
        await mentor.ok(CREATE_MATERIAL, {
          input: { kind: 'READING', scope: 'CHAPTER', chapterId: m.chapter.id, title, minutes, bodyMarkdown: `Text of ${title}`, modalityCodes: [mod], domainCodes: [dom] },
        })
      ).createMaterial.id;
    }
    student = (await t.factories.asStudent()).client;
    await student.ok(`mutation($id: ID!) { enroll(cohortId: $id) { status } }`, { id: cohortId });
    outsider = (await t.factories.asStudent()).client;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('builds an ordered agenda, shows students only released items, and tracks progress', async () => {
    const items = [
      { materialId: mats.now, phase: 'BEFORE', release: 'NOW' },
      { materialId: mats.later, phase: 'BEFORE', release: 'DAYS_BEFORE', releaseDays: 3 },
      { materialId: mats.after, phase: 'AFTER', release: 'AFTER_END' },
    ];
    const saved = (await mentor.ok(SET_AGENDA, { sessionId: sessionIds[0], items })).setSessionAgenda;
    expect(saved.map((i: { position: number }) => i.position)).toEqual([0, 1, 2]);
    // The answer says when each item releases, as the mentor's page shows it.
    expect(saved.map((i: { released: boolean }) => i.released)).toEqual([true, false, false]);
    expect(saved[0].releasesAt).toBeNull();
    expect(saved[1].releasesAt).not.toBeNull();

    const asMentor = (await mentor.ok(COHORT_AGENDA, { id: cohortId })).cohort;
    expect(asMentor.sessions[0].agenda.map((a: { material: { title: string } }) => a.material.title)).toEqual(['Read first', 'Opens 3 days before', 'After the session']);
    expect(asMentor.coverage.find((r: { code: string }) => r.code === 'MRI').sessionIds).toEqual([sessionIds[0]]);
    expect(asMentor.coverage.find((r: { code: string }) => r.code === 'US').sessionIds).toEqual([]);

    const asStudent = (await student.ok(COHORT_AGENDA, { id: cohortId })).cohort;
    expect(asStudent.sessions[0].agenda.map((a: { material: { title: string } }) => a.material.title)).toEqual(['Read first']);
    expect(asStudent.coverage).toEqual([]);
    expect(asStudent.viewerProgress).toEqual({ done: 0, total: 1, minutesLeft: 10 });

    const itemId = asStudent.sessions[0].agenda[0].id;
    const { agendaItem } = await student.ok(`query($id: ID!) { agendaItem(id: $id) { session { id number cohortId } } }`, { id: itemId });
    expect(agendaItem.session).toEqual({ id: sessionIds[0], number: 1, cohortId });
    await student.ok(`mutation($id: ID!) { markAgendaItemDone(id: $id) { id } }`, { id: itemId });
    await student.ok(`mutation($id: ID!) { markAgendaItemDone(id: $id) { id } }`, { id: itemId }); // idempotent
    expect((await student.ok(COHORT_AGENDA, { id: cohortId })).cohort.viewerProgress).toEqual({ done: 1, total: 1, minutesLeft: 0 });

    // Moving the session within 3 days releases the second item.
    await t.db.query(`UPDATE cohort_session SET starts_at = now() + interval '2 days', ends_at = now() + interval '2 days 2 hours' WHERE id = $1`, [sessionIds[0]]);
    const later = (await student.ok(COHORT_AGENDA, { id: cohortId })).cohort;
    expect(later.sessions[0].agenda.map((a: { material: { title: string } }) => a.material.title)).toEqual(['Read first', 'Opens 3 days before']);
    // Reordering keeps progress on items that stay.
    await mentor.ok(SET_AGENDA, { sessionId: sessionIds[0], items: [items[1], items[0]] });
    const reordered = (await student.ok(COHORT_AGENDA, { id: cohortId })).cohort.sessions[0].agenda;
    expect(reordered.map((a: { viewerDone: boolean; material: { title: string } }) => [a.material.title, a.viewerDone])).toEqual([
      ['Opens 3 days before', false],
      ['Read first', true],
    ]);
  });

  it('hides unreleased and other cohorts’ items through every query', async () => {
    const { setSessionAgenda } = await mentor.ok(SET_AGENDA, {
      sessionId: sessionIds[1],
      items: [{ materialId: mats.after, phase: 'AFTER', release: 'AFTER_END' }],
    });
    const hiddenId = setSessionAgenda[0].id;
    expect(await student.code(`query($id: ID!) { agendaItem(id: $id) { id } }`, { id: hiddenId })).toBe('NOT_FOUND');
    expect(await student.code(`mutation($id: ID!) { markAgendaItemDone(id: $id) { id } }`, { id: hiddenId })).toBe('NOT_FOUND');
    expect(await student.code(`query($id: ID!) { material(id: $id) { id } }`, { id: mats.after })).toBe('FORBIDDEN');
    const visibleId = (await student.ok(COHORT_AGENDA, { id: cohortId })).cohort.sessions[0].agenda[0].id;
    expect(await outsider.code(`query($id: ID!) { agendaItem(id: $id) { id } }`, { id: visibleId })).toBe('NOT_FOUND');
    const outsiderView = (await outsider.ok(COHORT_AGENDA, { id: cohortId })).cohort;
    expect(outsiderView.sessions.every((s: { agenda: unknown[] }) => s.agenda.length === 0)).toBe(true);
  });

  it('carries agendas into next season through a saved template', async () => {
    await mentor.ok(SET_AGENDA, { sessionId: sessionIds[1], items: [{ materialId: mats.now, phase: 'DURING', release: 'NOW' }] });
    const template = (await mentor.ok(`mutation($id: ID!) { saveCohortTemplate(cohortId: $id, name: "Spring season") { id sessionCount } }`, { id: cohortId }))
      .saveCohortTemplate;
    const chapterId = (await mentor.ok(`query($id: ID!) { cohort(id: $id) { chapterId } }`, { id: cohortId })).cohort.chapterId;
    const start = DateTime.utc().setZone('America/Denver').plus({ days: 60 }).toISODate();
    const next = (
      await mentor.ok(CREATE_COHORT, {
        input: {
          chapterId, title: 'Next season', modalityCodes: ['CT'], capacity: 5, timeZone: 'America/Denver', templateId: template.id,
          pattern: { startDate: start, localTime: '19:00', durationMinutes: 120, cadence: 'WEEKLY', count: 2 },
        },
      })
    ).createCohort;
    const { cohort } = await mentor.ok(`query($id: ID!) { cohort(id: $id) { sessions { agenda { phase material { title } } } } }`, { id: next.id });
    expect(cohort.sessions[0].agenda.map((a: { material: { title: string } }) => a.material.title)).toEqual(['Opens 3 days before', 'Read first']);
    expect(cohort.sessions[1].agenda).toEqual([{ phase: 'DURING', material: { title: 'Read first' } }]);
  });

  it('refuses bad agendas and other mentors', async () => {
    const bad = await mentor.gql(SET_AGENDA, { sessionId: sessionIds[0], items: [{ materialId: mats.now, phase: 'BEFORE', release: 'DAYS_BEFORE' }] });
    expect(bad.errors?.[0].extensions?.fields).toHaveProperty(['items.0.releaseDays']);
    const dup = await mentor.gql(SET_AGENDA, { sessionId: sessionIds[0], items: [{ materialId: mats.now, phase: 'BEFORE', release: 'NOW' }, { materialId: mats.now, phase: 'AFTER', release: 'NOW' }] });
    expect(dup.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const { client: otherMentor } = await t.factories.asMentor();
    expect(await otherMentor.code(SET_AGENDA, { sessionId: sessionIds[0], items: [] })).toBe('FORBIDDEN');
    expect(await student.code(SET_AGENDA, { sessionId: sessionIds[0], items: [] })).toBe('FORBIDDEN');
  });

  it('keeps items already on an agenda (archived, or a co-mentor\'s draft) when it is saved again, but adds only usable ones', async () => {
    const m = await t.factories.asMentor();
    const start = DateTime.utc().setZone('America/Denver').plus({ days: 90 }).toISODate();
    const cohort = (
      await m.client.ok(CREATE_COHORT, {
        input: {
          chapterId: m.chapter.id, title: 'Shared cohort', modalityCodes: ['CT'], capacity: 5, timeZone: 'America/Denver',
          pattern: { startDate: start, localTime: '19:00', durationMinutes: 120, cadence: 'WEEKLY', count: 1 },
        },
      })
    ).createCohort;
    const session = cohort.sessions[0].id;
    const draft = (await m.client.ok(CREATE_MATERIAL, { input: { kind: 'READING', scope: 'DRAFT', title: 'My own notes', minutes: 5, bodyMarkdown: 'Notes.', modalityCodes: ['CT'], domainCodes: ['SAFETY'] } })).createMaterial.id;
    const shared = (await m.client.ok(CREATE_MATERIAL, { input: { kind: 'READING', scope: 'CHAPTER', chapterId: m.chapter.id, title: 'Chapter notes', minutes: 5, bodyMarkdown: 'Notes.', modalityCodes: ['CT'], domainCodes: ['SAFETY'] } })).createMaterial.id;
    const spare = (await m.client.ok(CREATE_MATERIAL, { input: { kind: 'READING', scope: 'CHAPTER', chapterId: m.chapter.id, title: 'Spare notes', minutes: 5, bodyMarkdown: 'Notes.', modalityCodes: ['CT'], domainCodes: ['SAFETY'] } })).createMaterial.id;
    const item = (materialId: string) => ({ materialId, phase: 'BEFORE', release: 'NOW' });
    await m.client.ok(SET_AGENDA, { sessionId: session, items: [item(draft), item(shared)] });
    await m.client.ok(`mutation($id: ID!) { archiveMaterial(id: $id) { id } }`, { id: shared });

    // A co-mentor reorders: the owner's draft and the archived item stay.
    const co = await t.factories.asMentor(m.chapter);
    await m.client.ok(`mutation($id: ID!, $email: String!) { addCoMentor(cohortId: $id, email: $email) { id } }`, { id: cohort.id, email: co.user.email });
    const saved = (await co.client.ok(SET_AGENDA, { sessionId: session, items: [item(shared), item(draft)] })).setSessionAgenda;
    expect(saved).toHaveLength(2);

    // Adding an archived item, or someone else's draft, is refused with a message on that item.
    await m.client.ok(`mutation($id: ID!) { archiveMaterial(id: $id) { id } }`, { id: spare });
    const archived = await co.client.gql(SET_AGENDA, { sessionId: session, items: [item(shared), item(draft), item(spare)] });
    expect(archived.errors?.[0].extensions?.fields).toEqual({ 'items.2.materialId': [expect.stringContaining('archived')] });
    const { client: stranger } = await t.factories.asMentor(m.chapter);
    const strangersDraft = (await stranger.ok(CREATE_MATERIAL, { input: { kind: 'READING', scope: 'DRAFT', title: 'Not yours', minutes: 5, bodyMarkdown: 'x', modalityCodes: ['CT'], domainCodes: ['SAFETY'] } })).createMaterial.id;
    const foreign = await co.client.gql(SET_AGENDA, { sessionId: session, items: [item(strangersDraft)] });
    expect(foreign.errors?.[0].extensions?.fields).toEqual({ 'items.0.materialId': ['This item is not in a library you can use.'] });
  });
});
