import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '../common/auth/viewer';
import { AssignmentsService, type AssignmentChanges } from '../homework/assignments.service';
import { SubmissionsService } from '../homework/submissions.service';

type DemoAssignment = Omit<AssignmentChanges, 'sessionId' | 'dueSessionId'> & { session: number; dueSession: number };

const HOUR = 60;
const DAY = 24 * HOUR;

/**
 * The demo cohort's homework, one or two pieces per session, each due relative to the next
 * session so it moves when the session moves: written answers, a file to upload, and two
 * practice quizzes drawn from the starter question bank (seed it first).
 */
function demoAssignments(domainId: (code: string) => string): DemoAssignment[] {
  return [
    {
      session: 1,
      title: 'CT tube heat: what fails first?',
      kind: 'WRITTEN',
      instructionsMarkdown:
        'A CT scanner on a busy trauma schedule starts throwing **tube cooling** errors by mid-afternoon.\n\n' +
        '1. Which readings and logs would you look at first, and why?\n' +
        '2. Name two causes that are *not* the tube itself.\n\n' +
        'Half a page is plenty. Bring your answer to session 2.',
      points: 10,
      dueMode: 'RELATIVE',
      dueSession: 2,
      dueOffsetMinutes: -HOUR,
      latePolicy: 'ACCEPT_LATE',
      rubric: [
        { id: 'evidence', title: 'Readings and logs', description: 'What to check first, with a reason for each.', points: 6 },
        { id: 'causes', title: 'Causes beyond the tube', points: 4 },
      ],
      publish: true,
    },
    {
      session: 1,
      title: 'Imaging equipment warm-up quiz',
      kind: 'QUIZ',
      instructionsMarkdown: 'Ten questions on tubes, generators and detectors. You see the answer and the reason after each one; take it as often as you like.',
      points: 10,
      dueMode: 'RELATIVE',
      dueSession: 2,
      dueOffsetMinutes: -HOUR,
      latePolicy: 'ACCEPT_LATE',
      quiz: { selection: 'RULE', feedback: 'IMMEDIATE', rule: { domainIds: [domainId('IMAGING_EQUIPMENT')], count: 10 }, shuffle: true },
      publish: true,
    },
    {
      session: 2,
      title: 'Map your site’s MRI safety zones',
      kind: 'FILE',
      instructionsMarkdown:
        'Sketch or photograph the floor plan around an MRI suite you service and mark **zones I to IV**, the door controls and where the quench pipe exits. ' +
        'Remove anything that identifies the hospital. PDF or image.',
      points: null,
      dueMode: 'RELATIVE',
      dueSession: 3,
      dueOffsetMinutes: -HOUR,
      latePolicy: 'ACCEPT_LATE',
      publish: true,
    },
    {
      session: 4,
      title: 'Trace a DICOM association failure',
      kind: 'WRITTEN',
      instructionsMarkdown:
        'A modality can C-ECHO the PACS but every C-STORE is rejected. Walk through what you would check, in order: AE titles, ports, presentation contexts, and what the logs on each side say.',
      points: 10,
      dueMode: 'RELATIVE',
      dueSession: 5,
      dueOffsetMinutes: -DAY,
      latePolicy: 'CLOSE',
      publish: true,
    },
    {
      session: 5,
      title: 'Safety and regulations review quiz',
      kind: 'QUIZ',
      instructionsMarkdown: 'Fifteen questions in thirty minutes, scored at the end, like the exam. Your best attempt counts.',
      points: 15,
      dueMode: 'RELATIVE',
      dueSession: 5,
      dueOffsetMinutes: 2 * DAY,
      latePolicy: 'ACCEPT_LATE',
      quiz: { selection: 'RULE', feedback: 'AT_END', rule: { domainIds: [domainId('SAFETY')], count: 15 }, shuffle: true, timeLimitMinutes: 30 },
      publish: true,
    },
  ];
}

/**
 * Homework on the demo cohort through the same services mentors and students use: the
 * assignments above, one student's answer handed in (the mentor's grading queue has work)
 * and another's draft in progress. Returns how many assignments it created.
 */
export async function seedHomework(app: INestApplicationContext, mentor: Viewer, students: Viewer[], cohortId: string): Promise<number> {
  const db = app.get(DataSource);
  const sessions: { id: string }[] = await db.query(`SELECT id FROM cohort_session WHERE cohort_id = $1 ORDER BY starts_at`, [cohortId]);
  const domains: { id: string; code: string }[] = await db.query(`SELECT id, code FROM exam_domain`);
  const domainId = (code: string) => domains.find((d) => d.code === code)!.id;
  const assignments = app.get(AssignmentsService);
  const created = [];
  for (const { session, dueSession, ...a } of demoAssignments(domainId)) {
    created.push(await assignments.create(mentor, { ...a, sessionId: sessions[session - 1].id, dueSessionId: sessions[dueSession - 1].id }));
  }

  const written = created[0];
  const submissions = app.get(SubmissionsService);
  const [, handedIn, drafting] = students;
  if (handedIn) {
    await submissions.saveDraft(handedIn, {
      assignmentId: written.id,
      expectedRevision: 0,
      bodyMarkdown:
        '1. The **anode heat** and housing temperature readings in the service log, then the oil pump and heat-exchanger fan: if the exchanger is not shedding heat, the tube hits its limit early.\n' +
        '2. A clogged filter on the heat exchanger, and a room whose HVAC cannot keep up on a warm afternoon.',
    });
    await submissions.submit(handedIn, written.id, 'demo-seed-1');
  }
  if (drafting) {
    await submissions.saveDraft(drafting, { assignmentId: written.id, expectedRevision: 0, bodyMarkdown: 'Start with the tube heat readings in the log, then' });
  }
  return created.length;
}
