import { useState } from 'react';
import { Link } from 'react-router';
import { Alert, Anchor, Badge, Button, Group, List, Paper, Radio, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { FilePicker } from '@/components/FilePicker';
import { OPTION_LETTERS } from '@gantry/shared';
import type { Difficulty, ImportPreviewFieldsFragment, QuestionFormat, QuestionScope } from '@/gql/graphql';
import { describeError } from '@/lib/errors';
import { plural } from '@/lib/format';
import { paths } from '@/paths';
import { usePreviewQuestionImport, useImportQuestions } from '../hooks/useQuestionMutations';
import { detectFormat, excerpt, FORMAT_LABEL, formatBytes, IMPORT_ACCEPT, IMPORT_MAX_BYTES, isImportableFile, readFileText } from '../model';
import { DIFFICULTIES, DIFFICULTY_LABEL, GENERAL_LABEL } from './labels';

interface ChosenFile {
  name: string;
  size: number;
  text: string;
}

export interface ImportDefaults {
  domainId: string | null;
  modalityId: string | null;
  difficulty: Difficulty;
  scope: QuestionScope;
  chapterId: string | null;
  status: 'DRAFT' | 'REVIEWED';
}

interface Props {
  modalities: readonly { id: string; code: string; name: string }[];
  domains: readonly { id: string; code: string; name: string }[];
  /** Chapters whose bank the viewer may add to (myChapters). */
  chapters: readonly { id: string; name: string }[];
  canSharePlatform: boolean;
}

const FORMATS: readonly QuestionFormat[] = ['GIFT', 'AIKEN', 'CSV'];

const FORMAT_HELP: Record<QuestionFormat, string> = {
  GIFT: 'Moodle’s GIFT: “::title:: question {=right ~wrong ~wrong ~wrong}”, one question per block, #### for the rationale.',
  AIKEN: 'Aiken: the question on one line, options “A. …” to “E. …”, then “ANSWER: B”.',
  CSV: 'CSV with a header: stem, option_a … option_e, correct (A–E), rationale, domain, modality, difficulty.',
};

/** Where the import puts questions and how it tags those the file leaves untagged. */
function DefaultsFields({
  value,
  onChange,
  modalities,
  domains,
  chapters,
  canSharePlatform,
}: Props & { value: ImportDefaults; onChange: (next: ImportDefaults) => void }) {
  const set = (patch: Partial<ImportDefaults>) => onChange({ ...value, ...patch });
  const scopes: { value: QuestionScope; label: string }[] = [{ value: 'DRAFT', label: 'My drafts' }];
  if (chapters.length) scopes.push({ value: 'CHAPTER', label: 'A chapter’s bank' });
  if (canSharePlatform) scopes.push({ value: 'PLATFORM', label: 'Platform bank' });
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select
          label="Exam domain"
          description="For questions the file doesn’t tag"
          placeholder="None: the file must name one"
          data={domains.map((d) => ({ value: d.id, label: d.name }))}
          value={value.domainId}
          onChange={(domainId) => set({ domainId })}
          clearable
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          label="Modality"
          description="For questions the file doesn’t tag"
          placeholder={GENERAL_LABEL}
          data={modalities.map((m) => ({ value: m.id, label: `${m.name} (${m.code})` }))}
          value={value.modalityId}
          onChange={(modalityId) => set({ modalityId })}
          clearable
          searchable
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          label="Difficulty"
          description="For questions the file doesn’t rate"
          data={DIFFICULTIES.map((d) => ({ value: d, label: DIFFICULTY_LABEL[d] }))}
          value={value.difficulty}
          onChange={(d) => d && set({ difficulty: d as Difficulty })}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select
          label="Into"
          data={scopes}
          value={value.scope}
          onChange={(s) => {
            if (!s) return;
            const scope = s as QuestionScope;
            set({ scope, chapterId: scope === 'CHAPTER' ? (value.chapterId ?? (chapters.length === 1 ? chapters[0]!.id : null)) : null, status: scope === 'DRAFT' ? 'DRAFT' : value.status });
          }}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
        {value.scope === 'CHAPTER' ? (
          <Select
            label="Chapter"
            placeholder="Choose the chapter"
            data={chapters.map((c) => ({ value: c.id, label: c.name }))}
            value={value.chapterId}
            onChange={(chapterId) => set({ chapterId })}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
        ) : null}
        <Select
          label="Import as"
          description={value.scope === 'DRAFT' ? 'Your own drafts can’t be marked reviewed.' : 'Reviewed: every question needs a rationale.'}
          data={[
            { value: 'DRAFT', label: 'Drafts (review them later)' },
            { value: 'REVIEWED', label: 'Reviewed (ready for quizzes)', disabled: value.scope === 'DRAFT' },
          ]}
          value={value.status}
          onChange={(s) => s && set({ status: s as 'DRAFT' | 'REVIEWED' })}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
      </SimpleGrid>
    </Stack>
  );
}

function PreviewTable({ preview, defaults, domains, modalities }: { preview: ImportPreviewFieldsFragment; defaults: ImportDefaults; domains: Props['domains']; modalities: Props['modalities'] }) {
  const defaultDomain = domains.find((d) => d.id === defaults.domainId);
  const defaultModality = modalities.find((m) => m.id === defaults.modalityId);
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped verticalSpacing="xs" data-testid="import-questions">
        <Table.Caption>Each question as it will be saved; untagged ones get the defaults above.</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Line</Table.Th>
            <Table.Th scope="col">Question and options</Table.Th>
            <Table.Th scope="col">Domain</Table.Th>
            <Table.Th scope="col">Modality</Table.Th>
            <Table.Th scope="col">Difficulty</Table.Th>
            <Table.Th scope="col">Rationale</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.questions.map((q) => (
            <Table.Tr key={q.line} data-testid="import-question">
              <Table.Th scope="row" fw={400}>
                {q.line}
              </Table.Th>
              <Table.Td>
                <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {excerpt(q.stem, 160)}
                </Text>
                <List size="sm" listStyleType="none" spacing={0}>
                  {q.options.map((o, i) => (
                    <List.Item key={i} fw={i === q.correctIndex ? 700 : undefined}>
                      {OPTION_LETTERS[i]}. {excerpt(o, 100)}
                      {i === q.correctIndex ? (
                        <Badge ml={6} size="xs" color="teal.9" variant="outline">
                          Correct
                        </Badge>
                      ) : null}
                    </List.Item>
                  ))}
                </List>
              </Table.Td>
              <Table.Td>{q.domainCode ? q.domainCode.replace(/_/g, ' ') : defaultDomain ? `${defaultDomain.name} (default)` : '—'}</Table.Td>
              <Table.Td>{q.modalityCode ?? (defaultModality ? `${defaultModality.code} (default)` : 'General')}</Table.Td>
              <Table.Td>{q.difficulty ? DIFFICULTY_LABEL[q.difficulty] : `${DIFFICULTY_LABEL[defaults.difficulty]} (default)`}</Table.Td>
              <Table.Td>{q.rationale?.trim() ? 'Yes' : 'None'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * Import a GIFT, Aiken or CSV file into the bank: choose the file (read here, size
 * checked), confirm its format (guessed from the name and content), set defaults for
 * what the file leaves out, preview every question and every line that does not parse,
 * and import. Nothing is imported while any line has an error; the API re-reads the
 * file and writes all of it or nothing.
 */
export function QuestionImport({ modalities, domains, chapters, canSharePlatform }: Props) {
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [format, setFormat] = useState<QuestionFormat>('GIFT');
  const [defaults, setDefaultsState] = useState<ImportDefaults>({
    domainId: null,
    modalityId: null,
    difficulty: 'MEDIUM',
    scope: chapters.length === 1 ? 'CHAPTER' : 'DRAFT',
    chapterId: chapters.length === 1 ? chapters[0]!.id : null,
    status: 'DRAFT',
  });
  const [preview, setPreview] = useState<ImportPreviewFieldsFragment | null>(null);
  const [previewError, setPreviewError] = useState<string[] | null>(null);
  const [result, setResult] = useState<{ imported: number; questions: { id: string; stemMarkdown: string }[] } | null>(null);
  const [importError, setImportError] = useState<string[] | null>(null);
  const { preview: runPreview, loading: previewing } = usePreviewQuestionImport();
  const { importFile, loading: importing } = useImportQuestions();

  // Anything that changes what the file would import asks for a new preview.
  const reset = () => {
    setPreview(null);
    setPreviewError(null);
    setImportError(null);
    setResult(null);
  };
  const setDefaults = (next: ImportDefaults) => {
    setDefaultsState(next);
    reset();
  };

  const choose = async (f: File) => {
    reset();
    setFile(null);
    setFileError(null);
    if (f.size === 0) return setFileError(`${f.name} is empty.`);
    if (f.size > IMPORT_MAX_BYTES) return setFileError(`${f.name} is ${formatBytes(f.size)}; an import file is at most ${formatBytes(IMPORT_MAX_BYTES)}. Split it into smaller files.`);
    if (!isImportableFile(f.name, f.type)) return setFileError(`${f.name} is not a text file. Choose a .gift, .txt or .csv file.`);
    try {
      const text = await readFileText(f);
      setFile({ name: f.name, size: f.size, text });
      setFormat(detectFormat(f.name, text));
    } catch {
      setFileError(`${f.name} could not be read. Choose it again.`);
    }
  };

  const importInput = () => ({
    format,
    text: file!.text,
    filename: file!.name,
    defaults: {
      domainId: defaults.domainId,
      modalityId: defaults.modalityId,
      difficulty: defaults.difficulty,
      scope: defaults.scope,
      chapterId: defaults.scope === 'CHAPTER' ? defaults.chapterId : null,
      status: defaults.status,
    },
  });

  const messagesOf = (e: unknown) => {
    const info = describeError(e);
    const fieldMessages = Object.values(info.fields).flat();
    return fieldMessages.length ? (info.message && !fieldMessages.includes(info.message) ? [info.message, ...fieldMessages] : fieldMessages) : [info.message];
  };

  const doPreview = async () => {
    if (!file) return;
    reset();
    try {
      setPreview(await runPreview(importInput()));
    } catch (e) {
      setPreviewError(messagesOf(e));
    }
  };

  const doImport = async () => {
    if (!file || !preview?.ok) return;
    setImportError(null);
    try {
      const r = await importFile(importInput());
      if (r) setResult(r);
    } catch (e) {
      setImportError(messagesOf(e));
    }
  };

  const errorCount = preview?.errors.length ?? 0;
  const blocker = !preview
    ? 'Preview the file first.'
    : errorCount
      ? `Nothing can be imported while ${plural(errorCount, 'line has an error', 'lines have errors')}. Fix ${errorCount === 1 ? 'it' : 'them'} in the file, choose it again and preview.`
      : preview.questions.length === 0
        ? 'The file has no questions.'
        : !preview.ok
          ? 'The file can’t be imported as it is.'
          : null;

  return (
    <Stack gap="lg">
      <Paper withBorder p="lg" component="section" aria-labelledby="import-file-heading">
        <Stack gap="sm">
          <Title order={2} size="h3" id="import-file-heading">
            1. The file
          </Title>
          <FilePicker
            name="import-file"
            file={file}
            accept={IMPORT_ACCEPT}
            chooseLabel="Choose a file"
            emptyText="No file chosen. A .gift, .txt or .csv file of at most 200 KB."
            error={fileError}
            onChoose={(f) => void choose(f)}
            formatSize={formatBytes}
          />
          <Radio.Group
            label="Format"
            description={file ? `Guessed from the file; change it if the guess is wrong. ${FORMAT_HELP[format]}` : FORMAT_HELP[format]}
            value={format}
            onChange={(f) => {
              setFormat(f as QuestionFormat);
              reset();
            }}
          >
            <Group mt={6} gap="lg">
              {FORMATS.map((f) => (
                <Radio key={f} value={f} label={FORMAT_LABEL[f]} />
              ))}
            </Group>
          </Radio.Group>
        </Stack>
      </Paper>

      <Paper withBorder p="lg" component="section" aria-labelledby="import-defaults-heading">
        <Stack gap="sm">
          <Title order={2} size="h3" id="import-defaults-heading">
            2. Where the questions go
          </Title>
          <DefaultsFields value={defaults} onChange={setDefaults} modalities={modalities} domains={domains} chapters={chapters} canSharePlatform={canSharePlatform} />
          <Group>
            <Button onClick={() => void doPreview()} disabled={!file} loading={previewing}>
              Preview
            </Button>
          </Group>
          {previewError ? (
            <Alert color="red" variant="light" role="alert" title="The file could not be read" data-testid="import-preview-error">
              <Stack gap={4}>
                {previewError.map((m) => (
                  <Text key={m} size="sm">
                    {m}
                  </Text>
                ))}
              </Stack>
            </Alert>
          ) : null}
        </Stack>
      </Paper>

      {preview ? (
        <Paper withBorder p="lg" component="section" aria-labelledby="import-preview-heading">
          <Stack gap="md">
            <Title order={2} size="h3" id="import-preview-heading">
              3. Check and import
            </Title>
            <Text size="sm" data-testid="import-summary">
              {file?.name}, read as {FORMAT_LABEL[format]}: {plural(preview.questions.length, 'question')} read, {plural(errorCount, 'line')} with errors.
            </Text>
            {errorCount ? (
              <Alert color="red" variant="light" title="Lines to fix" data-testid="import-errors">
                <List size="sm">
                  {preview.errors.map((e) => (
                    <List.Item key={`${e.line}:${e.message}`}>{e.message}</List.Item>
                  ))}
                </List>
              </Alert>
            ) : null}
            {preview.questions.length ? <PreviewTable preview={preview} defaults={defaults} domains={domains} modalities={modalities} /> : null}

            {importError ? (
              <Alert color="red" variant="light" role="alert" title="Nothing was imported" data-testid="import-error">
                <Stack gap={4}>
                  {importError.map((m) => (
                    <Text key={m} size="sm">
                      {m}
                    </Text>
                  ))}
                </Stack>
              </Alert>
            ) : null}
            {result ? (
              <Alert color="green" variant="light" role="status" title={`Imported ${plural(result.imported, 'question')}`} data-testid="import-result">
                <Stack gap="xs">
                  <List size="sm">
                    {result.questions.slice(0, 50).map((q) => (
                      <List.Item key={q.id}>
                        <Anchor component={Link} to={paths.question.to(q.id)} size="sm">
                          {excerpt(q.stemMarkdown, 100)}
                        </Anchor>
                      </List.Item>
                    ))}
                  </List>
                  {result.questions.length > 50 ? <Text size="sm">…and {result.questions.length - 50} more.</Text> : null}
                  <Anchor component={Link} to={paths.questions.to({ status: defaults.status })} size="sm">
                    See them in the question bank
                  </Anchor>
                </Stack>
              </Alert>
            ) : (
              <Group gap="sm" wrap="wrap">
                <Button color="teal.9" onClick={() => void doImport()} disabled={!!blocker} loading={importing} aria-describedby={blocker ? 'import-blocker' : undefined}>
                  {preview.ok && preview.questions.length ? `Import ${plural(preview.questions.length, 'question')}` : 'Import'}
                </Button>
                {blocker ? (
                  <Text size="sm" id="import-blocker" data-testid="import-blocker">
                    {blocker}
                  </Text>
                ) : null}
              </Group>
            )}
          </Stack>
        </Paper>
      ) : null}
    </Stack>
  );
}
