import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import request from 'supertest';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { DateTime } from '@gantry/shared';
import { startTestApp, type GqlClient, type TestApp } from '../testing/test-app';
import { FILE_STORAGE } from './file-storage';
import { LocalFileStorage } from './local-file-storage';
import { S3FileStorage } from './s3-file-storage';
import { FilesService } from './files.service';
import { StoredFileEntity } from './stored-file.entity';
import { exe, gif, html, office, png, tinyPdf } from './testing/fixtures';

const MB = 1024 * 1024;
const CREATE_MATERIAL = `mutation M($input: MaterialInput!) { createMaterial(input: $input) { id file { id filename contentType sizeBytes preview url downloadUrl } } }`;
const UPDATE_MATERIAL = `mutation U($input: UpdateMaterialInput!) { updateMaterial(input: $input) { id version file { id } } }`;
const MATERIAL_FILE = `query($id: ID!) { material(id: $id) { id kind file { id filename contentType sizeBytes preview url downloadUrl } } }`;
const LIMITS = `query($p: FilePurpose!) { uploadLimits(purpose: $p) { maxBytes contentTypes extensions } }`;

interface Part {
  field?: string;
  bytes: Buffer;
  filename: string;
  contentType?: string;
}

/** POST /files as a browser would: the session cookie, the CSRF header, one multipart part per file. */
function upload(server: Server, client: GqlClient | null, purpose: string, parts: Part[], opts: { csrf?: boolean } = {}) {
  let req = request(server).post(`/files?purpose=${purpose}`).set('x-forwarded-for', client?.ip ?? '10.200.0.1');
  if (client?.cookie) req = req.set('cookie', client.cookie);
  if (opts.csrf !== false) req = req.set('x-gantry-csrf', '1');
  for (const p of parts) req = req.attach(p.field ?? 'file', p.bytes, { filename: p.filename, contentType: p.contentType ?? 'application/octet-stream' });
  return req;
}

/** A signed link's path and query (local links are paths on the API's origin already). */
const pathOf = (url: string) => {
  const u = new URL(url, 'http://gantry.test');
  return `${u.pathname}${u.search}`;
};

/** Every file under a folder, recursively (hidden ones such as the link key aside). */
function filesUnder(dir: string): string[] {
  let out: string[] = [];
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    out = e.isDirectory() ? out.concat(filesUnder(p)) : out.concat(p);
  }
  return out;
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

function fileMaterial(over: Record<string, unknown>) {
  return { kind: 'FILE', scope: 'DRAFT', title: 'Tube arcing slides', minutes: 10, modalityCodes: ['CT'], domainCodes: ['IMAGING_EQUIPMENT'], ...over };
}

/** The response body, whatever its type (supertest leaves PDFs and the like unparsed). */
function binary(req: request.Test): request.Test {
  return req.buffer(true).parse((res, cb) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => cb(null, Buffer.concat(chunks)));
  });
}

describe('files on local disk', () => {
  let t: TestApp;
  let root: string;
  let web: string;
  let files: FilesService;

  beforeAll(async () => {
    // A built web app is present, as in production: its page fallback must leave file links alone.
    web = mkdtempSync(join(tmpdir(), 'gantry-web-'));
    mkdirSync(join(web, 'assets'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><div id="root"></div>');
    t = await startTestApp({ env: { MATERIAL_FILE_MAX_MB: '1', SUBMISSION_FILE_MAX_MB: '0.5', WEB_DIST: web } });
    root = (t.app.get(FILE_STORAGE) as LocalFileStorage).root;
    files = t.app.get(FilesService);
  });
  afterAll(async () => {
    await t?.close();
    rmSync(web, { recursive: true, force: true });
  });

  const rows = async (ownerId: string) => t.db.getRepository(StoredFileEntity).findBy({ ownerId });

  describe('uploading', () => {
    it('stores a real PDF and a PNG with the right size, hash and type, under a random key', async () => {
      const { user, client } = await t.factories.asMentor();
      const pdf = tinyPdf();
      const res = await upload(t.server, client, 'MATERIAL', [{ bytes: pdf, filename: 'Tube arcing.pdf', contentType: 'application/pdf' }]);
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ id: expect.any(String), filename: 'Tube arcing.pdf', contentType: 'application/pdf', sizeBytes: pdf.length });

      // A PNG that claims to be a PDF is stored as what it is, named accordingly.
      const image = png(3, 2);
      const res2 = await upload(t.server, client, 'MATERIAL', [{ bytes: image, filename: 'diagram.pdf', contentType: 'application/pdf' }]);
      expect(res2.status).toBe(201);
      expect(res2.body).toMatchObject({ filename: 'diagram.png', contentType: 'image/png', sizeBytes: image.length });

      const stored = await rows(user.id);
      const row = stored.find((r) => r.id === res.body.id)!;
      expect(row).toMatchObject({ sha256: sha256(pdf), sizeBytes: pdf.length, purpose: 'MATERIAL', contentType: 'application/pdf' });
      expect(row.storageKey).toMatch(/^material\/[0-9a-f-]{36}$/);
      expect(row.storageKey).not.toMatch(/arcing/i);
      expect(stored.find((r) => r.id === res2.body.id)!.sha256).toBe(sha256(image));
      expect(filesUnder(root)).toEqual(expect.arrayContaining([join(root, ...row.storageKey.split('/'))]));
    });

    it('accepts Office files, and plain UTF-8 text only as a submission', async () => {
      const { client } = await t.factories.asMentor();
      for (const kind of ['docx', 'xlsx', 'pptx'] as const) {
        const res = await upload(t.server, client, 'MATERIAL', [{ bytes: office(kind), filename: `handout.${kind}` }]);
        expect([kind, res.status, res.body.filename]).toEqual([kind, 201, `handout.${kind}`]);
      }
      const text = Buffer.from('Answer 1: the anode heat capacity — 5 MHU.\n', 'utf8');
      expect((await upload(t.server, client, 'MATERIAL', [{ bytes: text, filename: 'notes.txt', contentType: 'text/plain' }])).status).toBe(415);
      const { client: student } = await t.factories.asStudent();
      const ok = await upload(t.server, student, 'SUBMISSION', [{ bytes: text, filename: 'notes.txt', contentType: 'text/plain' }]);
      expect(ok.status).toBe(201);
      expect(ok.body).toMatchObject({ contentType: 'text/plain', sizeBytes: text.length });
      const notUtf8 = await upload(t.server, student, 'SUBMISSION', [{ bytes: Buffer.from([0x61, 0xff, 0xfe, 0x00, 0x62]), filename: 'notes.txt', contentType: 'text/plain' }]);
      expect(notUtf8.status).toBe(415);
    });

    it('refuses an executable or a web page named .pdf with 415, keeping nothing', async () => {
      const { user, client } = await t.factories.asMentor();
      const before = filesUnder(root).length;
      for (const bytes of [exe(), html()]) {
        const res = await upload(t.server, client, 'MATERIAL', [{ bytes, filename: 'syllabus.pdf', contentType: 'application/pdf' }]);
        expect(res.status).toBe(415);
        expect(res.body).toEqual({ code: 'FILE_TYPE_NOT_ALLOWED', message: expect.stringContaining('PDF, PNG, JPEG, GIF, WebP, PowerPoint (.pptx), Word (.docx) or Excel (.xlsx)') });
      }
      expect(await rows(user.id)).toEqual([]);
      expect(filesUnder(root).length).toBe(before);
    });

    it('takes a file of exactly the limit and refuses one byte more with 413, leaving no row and no object', async () => {
      const { user, client } = await t.factories.asMentor();
      const pdf = tinyPdf();
      const exact = Buffer.concat([pdf, Buffer.alloc(MB - pdf.length, 0x20)]);
      expect((await upload(t.server, client, 'MATERIAL', [{ bytes: exact, filename: 'exact.pdf' }])).status).toBe(201);
      const before = filesUnder(root);
      const over = Buffer.concat([exact, Buffer.from(' ')]);
      const res = await upload(t.server, client, 'MATERIAL', [{ bytes: over, filename: 'big.pdf' }]);
      expect(res.status).toBe(413);
      expect(res.body).toEqual({ code: 'FILE_TOO_LARGE', message: 'The file is larger than the 1 MB limit.' });
      // Far over the limit: refused from Content-Length before anything is stored.
      const huge = await upload(t.server, client, 'MATERIAL', [{ bytes: Buffer.concat([exact, exact, exact]), filename: 'huge.pdf' }]);
      expect(huge.status).toBe(413);
      expect((await rows(user.id)).map((r) => r.filename)).toEqual(['exact.pdf']);
      expect(filesUnder(root)).toEqual(before);
      // The submission limit is its own (0.5 MB here).
      const { client: student } = await t.factories.asStudent();
      const sub = await upload(t.server, student, 'SUBMISSION', [{ bytes: exact, filename: 'essay.pdf' }]);
      expect(sub.body).toEqual({ code: 'FILE_TOO_LARGE', message: 'The file is larger than the 0.5 MB limit.' });
    });

    it('wants exactly one part named "file" (400 otherwise), and keeps nothing from a refused request', async () => {
      const { user, client } = await t.factories.asMentor();
      const before = filesUnder(root);
      const pdf = { bytes: tinyPdf(), filename: 'a.pdf' };
      const two = await upload(t.server, client, 'MATERIAL', [pdf, { ...pdf, filename: 'b.pdf' }]);
      expect([two.status, two.body.code]).toEqual([400, 'BAD_USER_INPUT']);
      const wrongName = await upload(t.server, client, 'MATERIAL', [{ ...pdf, field: 'upload' }]);
      expect([wrongName.status, wrongName.body.code]).toEqual([400, 'BAD_USER_INPUT']);
      const withField = await upload(t.server, client, 'MATERIAL', [pdf]).field('note', 'hi');
      expect([withField.status, withField.body.code]).toEqual([400, 'BAD_USER_INPUT']);
      const none = await request(t.server)
        .post('/files?purpose=MATERIAL')
        .set('cookie', client.cookie!)
        .set('x-gantry-csrf', '1')
        .set('content-type', 'multipart/form-data; boundary=XYZ')
        .send('--XYZ--\r\n');
      expect(none.status).toBe(400);
      expect(none.body).toEqual({ code: 'BAD_USER_INPUT', message: 'Choose a file to upload.' });
      const json = await request(t.server).post('/files?purpose=MATERIAL').set('cookie', client.cookie!).set('x-gantry-csrf', '1').send({ file: 'x' });
      expect([json.status, json.body.code]).toEqual([400, 'BAD_USER_INPUT']);
      const empty = await upload(t.server, client, 'MATERIAL', [{ bytes: Buffer.alloc(0), filename: 'empty.pdf' }]);
      expect([empty.status, empty.body.code]).toEqual([400, 'BAD_USER_INPUT']);
      const badPurpose = await upload(t.server, client, 'HOMEWORK', [pdf]);
      expect([badPurpose.status, badPurpose.body.code]).toEqual([400, 'BAD_USER_INPUT']);
      // The first of two files may have been stored before the second arrived: it is gone again.
      await new Promise((r) => setTimeout(r, 100));
      expect(await rows(user.id)).toEqual([]);
      expect(filesUnder(root)).toEqual(before);
    });

    it('needs a session (401), the library permission for MATERIAL (403) and the CSRF header (403)', async () => {
      const pdf = { bytes: tinyPdf(), filename: 'a.pdf' };
      const anon = await upload(t.server, null, 'MATERIAL', [pdf]);
      expect([anon.status, anon.body.code]).toEqual([401, 'UNAUTHENTICATED']);
      const { client: student } = await t.factories.asStudent();
      const studentMaterial = await upload(t.server, student, 'MATERIAL', [pdf]);
      expect([studentMaterial.status, studentMaterial.body.code]).toEqual([403, 'FORBIDDEN']);
      expect((await upload(t.server, student, 'SUBMISSION', [pdf])).status).toBe(201);
      const { client: mentor } = await t.factories.asMentor();
      const noCsrf = await upload(t.server, mentor, 'MATERIAL', [pdf], { csrf: false });
      expect([noCsrf.status, noCsrf.body.code]).toEqual([403, 'FORBIDDEN']);
      const { client: admin } = await t.factories.asChapterAdmin();
      expect((await upload(t.server, admin, 'MATERIAL', [pdf])).status).toBe(201);
      const { client: platform } = await t.factories.asPlatformAdmin();
      expect((await upload(t.server, platform, 'MATERIAL', [pdf])).status).toBe(201);
    });

    it('drops the partial object when the client goes away mid-upload', async () => {
      const { user, client } = await t.factories.asMentor();
      const before = filesUnder(root);
      if (!t.server.listening) await new Promise<void>((r) => t.server.listen(0, '127.0.0.1', () => r()));
      const { port } = t.server.address() as import('node:net').AddressInfo;
      const boundary = 'gantryboundary';
      const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="cut.pdf"\r\nContent-Type: application/pdf\r\n\r\n`;
      const { request: httpRequest } = await import('node:http');
      const req = httpRequest({
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/files?purpose=MATERIAL',
        headers: {
          cookie: client.cookie!,
          'x-gantry-csrf': '1',
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': String(head.length + 900 * 1024 + 100),
        },
      });
      req.on('error', () => undefined);
      req.write(head);
      req.write(Buffer.concat([tinyPdf(), Buffer.alloc(400 * 1024, 0x20)]));
      // Once the server is storing it (a temporary .part file), hang up.
      for (let i = 0; i < 100 && !filesUnder(root).some((f) => f.endsWith('.part')); i++) await new Promise((r) => setTimeout(r, 50));
      expect(filesUnder(root).filter((f) => f.endsWith('.part'))).toHaveLength(1);
      req.destroy();
      for (let i = 0; i < 50 && filesUnder(root).length !== before.length; i++) await new Promise((r) => setTimeout(r, 100));
      expect(filesUnder(root)).toEqual(before);
      expect(await rows(user.id)).toEqual([]);
    });

    it('tells the web app the limits before it uploads', async () => {
      const { client: student } = await t.factories.asStudent();
      const m = (await student.ok(LIMITS, { p: 'MATERIAL' })).uploadLimits;
      expect(m.maxBytes).toBe(MB);
      expect(m.contentTypes).toEqual([
        'application/pdf',
        'image/png',
        'image/jpeg',
        'image/gif',
        'image/webp',
        'application/vnd.openxmlformats-officedocument.presentationml.presentation',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ]);
      expect(m.extensions).toEqual(['.pdf', '.png', '.jpg', '.jpeg', '.gif', '.webp', '.pptx', '.docx', '.xlsx']);
      const s = (await student.ok(LIMITS, { p: 'SUBMISSION' })).uploadLimits;
      expect(s).toEqual({ maxBytes: MB / 2, contentTypes: [...m.contentTypes, 'text/plain'], extensions: [...m.extensions, '.txt'] });
      expect(await t.anon().code(LIMITS, { p: 'MATERIAL' })).toBe('UNAUTHENTICATED');
    });
  });

  describe('signed links', () => {
    let mentor: GqlClient;
    let pdf: Buffer;
    let file: { id: string; url: string; downloadUrl: string; preview: string; contentType: string };

    beforeAll(async () => {
      mentor = (await t.factories.asMentor()).client;
      pdf = tinyPdf('Signed links');
      const up = await upload(t.server, mentor, 'MATERIAL', [{ bytes: pdf, filename: 'Résumé "final".pdf' }]);
      const created = (await mentor.ok(CREATE_MATERIAL, { input: fileMaterial({ fileId: up.body.id }) })).createMaterial;
      file = created.file;
    });

    it('serves the bytes inline, sandboxed and privately cached, to anyone holding the link', async () => {
      expect(file).toMatchObject({ preview: 'PDF', contentType: 'application/pdf' });
      expect(file.url).toMatch(new RegExp(`^/files/${file.id}/content\\?exp=\\d+&sig=[\\w-]{43}&dl=0$`));
      // No cookie, and a browser's Accept: the route wins over the web app's page fallback.
      const res = await binary(request(t.server).get(pathOf(file.url)).set('accept', 'text/html,*/*'));
      expect(res.status).toBe(200);
      expect(Buffer.compare(res.body as Buffer, pdf)).toBe(0);
      expect(res.headers).toMatchObject({
        'content-type': 'application/pdf',
        'content-length': String(pdf.length),
        'content-disposition': `inline; filename="Resume _final_.pdf"; filename*=UTF-8''R%C3%A9sum%C3%A9%20_final_.pdf`,
        'x-content-type-options': 'nosniff',
        'content-security-policy': "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'",
        'accept-ranges': 'bytes',
      });
      const maxAge = Number(/^private, max-age=(\d+)$/.exec(res.headers['cache-control'])![1]);
      expect(maxAge).toBeGreaterThan(9 * 60);
      expect(maxAge).toBeLessThanOrEqual(11 * 60);

      const head = await request(t.server).head(pathOf(file.url));
      expect(head.status).toBe(200);
      expect(head.headers['content-length']).toBe(String(pdf.length));
      expect(head.headers['content-type']).toBe('application/pdf');

      const part = await binary(request(t.server).get(pathOf(file.url)).set('range', 'bytes=0-7'));
      expect(part.status).toBe(206);
      expect((part.body as Buffer).toString('latin1')).toBe('%PDF-1.4');
      expect(part.headers['content-range']).toBe(`bytes 0-7/${pdf.length}`);

      const download = await binary(request(t.server).get(pathOf(file.downloadUrl)));
      expect(download.status).toBe(200);
      expect(download.headers['content-disposition']).toMatch(/^attachment; /);
      expect(Buffer.compare(download.body as Buffer, pdf)).toBe(0);
    });

    it('keeps the web app’s own policy to this origin when files are served from here', async () => {
      const csp = (await request(t.server).get('/healthz')).headers['content-security-policy'] as string;
      expect(csp).toContain(`img-src 'self' data: blob:;`);
      expect(csp).toContain(`frame-src 'self';`);
    });

    it('offers files that cannot be previewed as downloads only', async () => {
      const up = await upload(t.server, mentor, 'MATERIAL', [{ bytes: office('docx'), filename: 'handout.docx' }]);
      const created = (await mentor.ok(CREATE_MATERIAL, { input: fileMaterial({ fileId: up.body.id }) })).createMaterial;
      expect(created.file.preview).toBe('NONE');
      expect(created.file.url).toMatch(/&dl=1$/);
      const res = await request(t.server).head(pathOf(created.file.url));
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="handout.docx"/);
      // Asking for it inline anyway (a hand-made dl=0 link cannot be signed) gets nothing.
      expect((await request(t.server).head(pathOf(created.file.url).replace('dl=1', 'dl=0'))).status).toBe(403);
    });

    it('answers a link to a file whose bytes are gone with a plain 404', async () => {
      const up = await upload(t.server, mentor, 'MATERIAL', [{ bytes: png(), filename: 'gone.png' }]);
      const created = (await mentor.ok(CREATE_MATERIAL, { input: fileMaterial({ fileId: up.body.id }) })).createMaterial;
      const row = await t.db.getRepository(StoredFileEntity).findOneByOrFail({ id: up.body.id });
      await t.app.get<LocalFileStorage>(FILE_STORAGE).delete(row.storageKey);
      const res = await request(t.server).get(pathOf(created.file.url));
      expect([res.status, res.body.code]).toEqual([404, 'NOT_FOUND']);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.headers['content-disposition']).toBeUndefined();
      expect(res.headers.etag).not.toBe(`"${row.sha256}"`);
    });

    it('refuses tampered and expired links with 403, saying nothing about whether the file exists', async () => {
      const u = new URL(file.url, 'http://gantry.test');
      const sig = u.searchParams.get('sig')!;
      const tamperedSig = u.pathname + u.search.replace(sig, `${sig.slice(0, -2)}${sig.endsWith('AA') ? 'BB' : 'AA'}`);
      const otherId = u.pathname.replace(file.id, randomUUID()) + u.search;
      const laterExp = u.pathname + u.search.replace(/exp=(\d+)/, (_m, e: string) => `exp=${Number(e) + 3600}`);
      const bodies = [];
      for (const path of [tamperedSig, otherId, laterExp, `${u.pathname}`, `/files/not-a-uuid/content${u.search}`]) {
        const res = await request(t.server).get(path);
        expect([path, res.status]).toEqual([path, 403]);
        bodies.push(res.body);
      }
      expect(new Set(bodies.map((b) => JSON.stringify(b))).size).toBe(1);
      expect(bodies[0]).toEqual({ code: 'FORBIDDEN', message: 'This link is not valid.' });

      // Genuine links from an hour ago: expired, for a file that exists and for one that never did.
      const entity = await t.db.getRepository(StoredFileEntity).findOneByOrFail({ id: file.id });
      const realNow = Date.now();
      const spy = jest.spyOn(Date, 'now').mockReturnValue(realNow - 3600_000);
      const oldLink = await files.link(entity, 'inline');
      const ghostLink = await files.link({ ...entity, id: randomUUID() }, 'inline');
      spy.mockRestore();
      const expired = await request(t.server).get(pathOf(oldLink));
      const ghost = await request(t.server).get(pathOf(ghostLink));
      expect([expired.status, expired.body.code]).toEqual([403, 'LINK_EXPIRED']);
      expect(ghost.body).toEqual(expired.body);
      expect(expired.headers['content-disposition']).toBeUndefined();
    });
  });

  describe('library items with files', () => {
    it('needs a file for a FILE item, and a new file must be the editor’s own library upload', async () => {
      const { client: mentor, chapter } = await t.factories.asMentor();
      const { client: other } = await t.factories.asMentor(chapter);
      const theirs = (await upload(t.server, other, 'MATERIAL', [{ bytes: tinyPdf(), filename: 'theirs.pdf' }])).body.id;
      const none = await mentor.gql(CREATE_MATERIAL, { input: fileMaterial({}) });
      expect(none.errors?.[0].extensions?.fields).toHaveProperty('fileId');
      const stolen = await mentor.gql(CREATE_MATERIAL, { input: fileMaterial({ fileId: theirs }) });
      expect(stolen.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(stolen.errors?.[0].extensions?.fields).toHaveProperty('fileId');
      const missing = await mentor.gql(CREATE_MATERIAL, { input: fileMaterial({ fileId: randomUUID() }) });
      expect(missing.errors?.[0].extensions?.fields).toHaveProperty('fileId');
      // A submission upload is not library material, even one's own.
      const { client: student } = await t.factories.asStudent();
      const submission = (await upload(t.server, student, 'SUBMISSION', [{ bytes: tinyPdf(), filename: 's.pdf' }])).body.id;
      const { client: platform } = await t.factories.asPlatformAdmin();
      expect((await platform.gql(CREATE_MATERIAL, { input: fileMaterial({ fileId: submission }) })).errors?.[0].extensions?.fields).toHaveProperty('fileId');
      expect((await platform.gql(CREATE_MATERIAL, { input: fileMaterial({ fileId: theirs }) })).errors?.[0].extensions?.fields).toHaveProperty('fileId');
    });

    it('lets a chapter admin edit a mentor’s FILE item and keep its file, or swap in an upload of their own', async () => {
      const { client: mentor, chapter } = await t.factories.asMentor();
      const { client: admin } = await t.factories.asChapterAdmin(chapter);
      const v1 = (await upload(t.server, mentor, 'MATERIAL', [{ bytes: tinyPdf('v1'), filename: 'v1.pdf' }])).body.id;
      const mentorsOther = (await upload(t.server, mentor, 'MATERIAL', [{ bytes: tinyPdf('other'), filename: 'other.pdf' }])).body.id;
      const input = fileMaterial({ scope: 'CHAPTER', chapterId: chapter.id, fileId: v1 });
      const item = (await mentor.ok(CREATE_MATERIAL, { input })).createMaterial;
      const retitled = (await admin.ok(UPDATE_MATERIAL, { input: { ...input, title: 'Arcing, reviewed', id: item.id, expectedVersion: 1 } })).updateMaterial;
      expect(retitled).toMatchObject({ version: 2, file: { id: v1 } });
      const swapToMentors = await admin.gql(UPDATE_MATERIAL, { input: { ...input, fileId: mentorsOther, id: item.id, expectedVersion: 2 } });
      expect(swapToMentors.errors?.[0].extensions?.fields).toHaveProperty('fileId');
      const own = (await upload(t.server, admin, 'MATERIAL', [{ bytes: tinyPdf('v3'), filename: 'v3.pdf' }])).body.id;
      expect((await admin.ok(UPDATE_MATERIAL, { input: { ...input, fileId: own, id: item.id, expectedVersion: 2 } })).updateMaterial.file.id).toBe(own);
      // Restoring version 1 brings its file back, though the admin did not upload it.
      const restored = (await admin.ok(`mutation($id: ID!) { restoreMaterialVersion(id: $id, version: 1, expectedVersion: 3) { version file { id } } }`, { id: item.id }))
        .restoreMaterialVersion;
      expect(restored).toEqual({ version: 4, file: { id: v1 } });
      // Other kinds have no file.
      const reading = (await mentor.ok(`mutation($input: MaterialInput!) { createMaterial(input: $input) { file { id } } }`, {
        input: fileMaterial({ kind: 'READING', bodyMarkdown: 'Text', fileId: v1 }),
      })).createMaterial;
      expect(reading.file).toBeNull();
    });

    it('gives enrolled students a working link to a released FILE item, and nobody else any', async () => {
      const { client: mentor, chapter } = await t.factories.asMentor();
      const image = gif();
      const fileId = (await upload(t.server, mentor, 'MATERIAL', [{ bytes: image, filename: 'waveform.gif' }])).body.id;
      const materialId = (await mentor.ok(CREATE_MATERIAL, { input: fileMaterial({ scope: 'CHAPTER', chapterId: chapter.id, fileId }) })).createMaterial.id;
      const start = DateTime.utc().setZone('America/Denver').plus({ days: 10 }).toISODate();
      const cohort = (
        await mentor.ok(`mutation C($input: CreateCohortInput!) { createCohort(input: $input) { id sessions { id } } }`, {
          input: {
            chapterId: chapter.id, title: 'Files cohort', modalityCodes: ['CT'], capacity: 5, timeZone: 'America/Denver',
            pattern: { startDate: start, localTime: '19:00', durationMinutes: 120, cadence: 'WEEKLY', count: 2 },
          },
        })
      ).createCohort;
      await mentor.ok(`mutation($id: ID!) { setCohortStatus(id: $id, status: OPEN) { status } }`, { id: cohort.id });
      const setAgenda = `mutation A($sessionId: ID!, $items: [AgendaItemInput!]!) { setSessionAgenda(sessionId: $sessionId, items: $items) { id } }`;
      const released = (await mentor.ok(setAgenda, { sessionId: cohort.sessions[0].id, items: [{ materialId, phase: 'BEFORE', release: 'NOW' }] })).setSessionAgenda[0].id;
      const later = (await mentor.ok(setAgenda, { sessionId: cohort.sessions[1].id, items: [{ materialId, phase: 'AFTER', release: 'AFTER_END' }] })).setSessionAgenda[0].id;
      const { client: student } = await t.factories.asStudent();
      await student.ok(`mutation($id: ID!) { enroll(cohortId: $id) { status } }`, { id: cohort.id });
      const { client: outsider } = await t.factories.asStudent();

      const ITEM = `query($id: ID!) { agendaItem(id: $id) { material { file { filename preview url downloadUrl } } } }`;
      const got = (await student.ok(ITEM, { id: released })).agendaItem.material.file;
      expect(got).toMatchObject({ filename: 'waveform.gif', preview: 'IMAGE' });
      const res = await binary(request(t.server).get(pathOf(got.url)));
      expect([res.status, res.headers['content-type'], res.headers['content-disposition']]).toEqual([200, 'image/gif', `inline; filename="waveform.gif"; filename*=UTF-8''waveform.gif`]);
      expect(Buffer.compare(res.body as Buffer, image)).toBe(0);

      const viaCohort = (await student.ok(`query($id: ID!) { cohort(id: $id) { sessions { agenda { material { file { url } } } } } }`, { id: cohort.id })).cohort;
      expect(viaCohort.sessions[0].agenda[0].material.file.url).toMatch(/^\/files\//);
      expect(viaCohort.sessions[1].agenda).toEqual([]);

      for (const [who, id] of [[outsider, released], [student, later], [outsider, later]] as const) {
        const r = await who.gql(ITEM, { id });
        expect(r.errors?.[0].extensions?.code).toBe('NOT_FOUND');
        expect(JSON.stringify(r.data ?? null)).not.toMatch(/files\//);
      }
      const outsiderCohort = await outsider.ok(`query($id: ID!) { cohort(id: $id) { sessions { agenda { material { file { url } } } } } }`, { id: cohort.id });
      expect(JSON.stringify(outsiderCohort)).not.toMatch(/files\//);
      expect(await student.code(MATERIAL_FILE, { id: materialId })).toBe('FORBIDDEN');
    });

    it('loads the files of many items in one query', async () => {
      const { client: mentor, chapter } = await t.factories.asMentor();
      for (let i = 0; i < 3; i++) {
        const fileId = (await upload(t.server, mentor, 'MATERIAL', [{ bytes: png(1, 1), filename: `p${i}.png` }])).body.id;
        await mentor.ok(CREATE_MATERIAL, { input: fileMaterial({ scope: 'CHAPTER', chapterId: chapter.id, fileId, title: `Batch ${i}` }) });
      }
      const q = `{ materials(first: 20, filter: { kinds: [FILE] }) { nodes { material { file { filename url } } } } }`;
      const base = await mentor.countQueries(`{ materials(first: 20, filter: { kinds: [FILE] }) { nodes { material { id } } } }`);
      expect(await mentor.countQueries(q)).toBe(base + 1);
    });
  });

  describe('cleanup', () => {
    it('deletes uploads nobody attached within 24 hours, row and object, and keeps everything else', async () => {
      const { user, client: mentor } = await t.factories.asMentor();
      const up = async (name: string) => (await upload(t.server, mentor, 'MATERIAL', [{ bytes: tinyPdf(name), filename: `${name}.pdf` }])).body.id as string;
      const [stale, attached, onlyInOldVersion, fresh] = [await up('stale'), await up('attached'), await up('old-version'), await up('fresh')];
      const item = (await mentor.ok(CREATE_MATERIAL, { input: fileMaterial({ fileId: onlyInOldVersion }) })).createMaterial;
      await mentor.ok(UPDATE_MATERIAL, { input: { ...fileMaterial({ fileId: attached }), id: item.id, expectedVersion: 1 } });
      await t.db.query(`UPDATE stored_file SET created_at = now() - interval '25 hours' WHERE id = ANY($1::uuid[])`, [[stale, attached, onlyInOldVersion]]);
      const keyOf = async (id: string) => (await t.db.getRepository(StoredFileEntity).findOneByOrFail({ id })).storageKey;
      const staleObject = join(root, ...(await keyOf(stale)).split('/'));
      expect(filesUnder(root)).toContain(staleObject);

      expect(files.attachments()).toEqual(expect.arrayContaining([{ table: 'material', column: 'file_id' }, { table: 'material_version', column: 'file_id' }]));
      expect(await files.deleteUnattached()).toBeGreaterThanOrEqual(1);
      expect((await rows(user.id)).map((r) => r.id).sort()).toEqual([attached, onlyInOldVersion, fresh].sort());
      expect(filesUnder(root)).not.toContain(staleObject);
      expect(await files.deleteUnattached()).toBe(0);
    });
  });
});

/**
 * The same flow against a real S3-compatible server (s3rver, in process, on a free port).
 */
describe('files in an S3-compatible bucket', () => {
  let t: TestApp | undefined;
  let s3: { run(): Promise<{ port: number }>; close(): Promise<void> } | undefined;
  let dir: string;
  let storage: S3FileStorage;
  const bucket = 'gantry-test';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gantry-s3-'));
    // s3rver has no types; it is a dev dependency used only here.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const S3rver = require('s3rver') as new (o: Record<string, unknown>) => NonNullable<typeof s3>;
    s3 = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: dir, configureBuckets: [{ name: bucket }] });
    const { port } = await s3.run();
    t = await startTestApp({
      env: {
        FILE_STORAGE: 's3',
        S3_BUCKET: bucket,
        S3_REGION: 'us-east-1',
        S3_ENDPOINT: `http://127.0.0.1:${port}`,
        S3_FORCE_PATH_STYLE: 'true',
        S3_ACCESS_KEY_ID: 'S3RVER',
        S3_SECRET_ACCESS_KEY: 'S3RVER',
        MATERIAL_FILE_MAX_MB: '12',
      },
    });
    storage = t.app.get(FILE_STORAGE) as S3FileStorage;
  });
  afterAll(async () => {
    await t?.close();
    await s3?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lets the web app load previews from the bucket (img-src, frame-src), and only from there', async () => {
    const origin = new URL((t!.config.files.storage as { endpoint: string }).endpoint).origin;
    const csp = (await request(t!.server).get('/healthz')).headers['content-security-policy'] as string;
    expect(csp).toContain(`img-src 'self' data: blob: ${origin};`);
    expect(csp).toContain(`frame-src 'self' ${origin};`);
  });

  const keys = async () => ((await storage.client.send(new ListObjectsV2Command({ Bucket: bucket }))).Contents ?? []).map((o) => o.Key!);

  it('stores small and multipart uploads, serves them through presigned URLs, and deletes them', async () => {
    const { client: mentor } = await t!.factories.asMentor();
    const small = tinyPdf('S3');
    // Over 5 MB: sent as a multipart upload in 5 MB parts.
    const large = Buffer.concat([tinyPdf('large'), Buffer.alloc(11 * MB + 12345, 0x20)]);
    for (const [name, bytes] of [['small.pdf', small], ['large.pdf', large]] as const) {
      const up = await upload(t!.server, mentor, 'MATERIAL', [{ bytes, filename: name }]);
      expect([name, up.status]).toEqual([name, 201]);
      const row = await t!.db.getRepository(StoredFileEntity).findOneByOrFail({ id: up.body.id });
      expect(row.sha256).toBe(sha256(bytes));
      const created = (await mentor.ok(CREATE_MATERIAL, { input: fileMaterial({ fileId: up.body.id }) })).createMaterial;
      // With S3 the links go straight to the bucket, presigned for the same ten minutes.
      const url = new URL(created.file.url);
      expect(url.origin).toBe(new URL(t!.config.files.storage.driver === 's3' ? t!.config.files.storage.endpoint! : '').origin);
      expect(url.searchParams.get('X-Amz-Expires')).toBe('600');
      const res = await fetch(created.file.url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(res.headers.get('content-disposition')).toBe(`inline; filename="${name}"; filename*=UTF-8''${name}`);
      expect(Buffer.compare(Buffer.from(await res.arrayBuffer()), bytes)).toBe(0);
      const dl = await fetch(created.file.downloadUrl);
      expect(dl.headers.get('content-disposition')).toMatch(/^attachment; /);
      await dl.arrayBuffer();
    }

    // Reading a range and a missing object through the driver.
    const row = await t!.db.getRepository(StoredFileEntity).findOneByOrFail({ sha256: sha256(small) });
    const chunks: Buffer[] = [];
    for await (const c of await storage.get(row.storageKey, { start: 0, end: 7 })) chunks.push(c as Buffer);
    expect(Buffer.concat(chunks).toString('latin1')).toBe('%PDF-1.4');
    await expect(storage.get('material/00000000-0000-0000-0000-000000000000')).rejects.toThrow(/No stored object/);

    // Over the limit: the multipart upload is aborted and nothing is left in the bucket.
    const before = await keys();
    const over = Buffer.concat([large, Buffer.alloc(MB, 0x20)]);
    const refused = await upload(t!.server, mentor, 'MATERIAL', [{ bytes: over, filename: 'over.pdf' }]);
    expect([refused.status, refused.body.code]).toEqual([413, 'FILE_TOO_LARGE']);
    expect((await keys()).sort()).toEqual(before.sort());

    // An unattached upload from yesterday goes, with its object.
    const stray = (await upload(t!.server, mentor, 'MATERIAL', [{ bytes: png(), filename: 'stray.png' }])).body.id;
    const strayKey = (await t!.db.getRepository(StoredFileEntity).findOneByOrFail({ id: stray })).storageKey;
    expect(await keys()).toContain(strayKey);
    await t!.db.query(`UPDATE stored_file SET created_at = now() - interval '2 days' WHERE id = $1`, [stray]);
    expect(await t!.app.get(FilesService).deleteUnattached()).toBe(1);
    expect(await keys()).not.toContain(strayKey);
    expect(await keys()).toHaveLength(before.length);
  });
});
