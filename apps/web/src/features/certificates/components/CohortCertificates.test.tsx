import { screen, waitFor, within } from '@testing-library/react';
import { renderAt } from '@/testing/render';
import { CohortCertificatesQuery, IssueCertificatesMutation, ReissueCertificateMutation, RevokeCertificateMutation } from '../api/documents';
import { certificate } from '../testing';
import { CohortCertificates } from './CohortCertificates';

const avery = certificate();
const blake = certificate({ id: 'cert-2', code: 'GNT-2B8D-HH4W-0K1C', studentName: 'Blake Young', hours: 10, minutes: 600 });
const list = (certs: unknown[]) => ({ request: { query: CohortCertificatesQuery, variables: { cohortId: 'cohort-1' } }, result: { data: { cohortCertificates: certs } } });

describe('cohort certificates (managers)', () => {
  it('issues certificates for a completed cohort and lists them with their status', async () => {
    const { user } = renderAt('/', <CohortCertificates cohortId="cohort-1" status="COMPLETED" viewerZone="America/Denver" />, [
      list([]),
      { request: { query: IssueCertificatesMutation, variables: { cohortId: 'cohort-1' } }, result: { data: { issueCertificates: [avery, blake] } } },
      list([avery, blake]),
    ]);
    expect(await screen.findByTestId('certificates-summary')).toHaveTextContent('No certificates yet.');
    await user.click(screen.getByRole('button', { name: 'Issue certificates' }));
    const table = await screen.findByRole('table', { name: 'Certificates' });
    await waitFor(() => expect(within(table).getAllByTestId('certificate-row')).toHaveLength(2));
    const [first] = within(table).getAllByTestId('certificate-row');
    expect(first).toHaveTextContent('Avery Chen');
    expect(first).toHaveTextContent('9.5');
    expect(first).toHaveTextContent('Valid');
    expect(within(first!).getByRole('link', { name: 'GNT-7K3M-Q9XP-4D2A' })).toHaveAttribute('href', '/verify/GNT-7K3M-Q9XP-4D2A');
    expect(within(first!).getByRole('link', { name: /PDF of Avery Chen’s certificate/ })).toHaveAttribute('href', '/exports/certificates/cert-1.pdf');
    expect(await screen.findByText('Issued 2 new certificates; 2 valid in all.')).toBeInTheDocument();
  });

  it('revokes only with a reason, after confirming, and shows it revoked', async () => {
    const { user } = renderAt('/', <CohortCertificates cohortId="cohort-1" status="COMPLETED" viewerZone="America/Denver" />, [
      list([avery, blake]),
      {
        request: { query: RevokeCertificateMutation, variables: { id: 'cert-1', reason: 'Attendance was recorded for the wrong student.' } },
        result: {
          data: {
            revokeCertificate: { ...avery, revokedAt: '2026-11-02T18:30:00.000Z', revokeReason: 'Attendance was recorded for the wrong student.' },
          },
        },
      },
    ]);
    const table = await screen.findByRole('table', { name: 'Certificates' });
    await user.click(within(table).getByRole('button', { name: 'Revoke Avery Chen’s certificate' }));
    const dialog = await screen.findByRole('dialog', { name: 'Revoke Avery Chen’s certificate?' });
    const confirm = within(dialog).getByRole('button', { name: 'Revoke certificate' });
    expect(confirm).toBeDisabled();
    await user.type(within(dialog).getByLabelText(/^Reason/), 'Attendance was recorded for the wrong student.');
    expect(confirm).toBeEnabled();
    await user.click(confirm);
    await waitFor(() => expect(within(table).getAllByTestId('certificate-row')[0]).toHaveTextContent('Revoked'));
    expect(within(table).getAllByTestId('certificate-row')[0]).toHaveTextContent('Revoked November 2, 2026: Attendance was recorded for the wrong student.');
    expect(within(table).queryByRole('button', { name: 'Revoke Avery Chen’s certificate' })).not.toBeInTheDocument();
    expect(screen.getByTestId('certificates-summary')).toHaveTextContent('1 valid, 1 revoked or replaced.');
  });

  it('reissues with a new code after confirming', async () => {
    const renewed = certificate({ id: 'cert-3', code: 'GNT-9Q2R-TT7M-5V3E', hours: 10, minutes: 600 });
    const { user } = renderAt('/', <CohortCertificates cohortId="cohort-1" status="COMPLETED" viewerZone="America/Denver" />, [
      list([avery]),
      { request: { query: ReissueCertificateMutation, variables: { id: 'cert-1' } }, result: { data: { reissueCertificate: renewed } } },
      list([renewed, { ...avery, revokedAt: '2026-11-02T18:30:00.000Z', revokeReason: 'Reissued', replacedBy: 'cert-3' }]),
    ]);
    const table = await screen.findByRole('table', { name: 'Certificates' });
    await user.click(within(table).getByRole('button', { name: 'Reissue Avery Chen’s certificate' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reissue Avery Chen’s certificate?' });
    expect(dialog).toHaveTextContent('Code GNT-7K3M-Q9XP-4D2A will show as revoked.');
    await user.click(within(dialog).getByRole('button', { name: 'Reissue' }));
    await waitFor(() => expect(within(table).getAllByTestId('certificate-row')).toHaveLength(2));
    const rows = within(table).getAllByTestId('certificate-row');
    expect(rows[0]).toHaveTextContent('GNT-9Q2R-TT7M-5V3E');
    expect(rows[1]).toHaveTextContent('Replaced');
    expect(await screen.findByText(/Issued Avery Chen a new certificate with code GNT-9Q2R-TT7M-5V3E/)).toBeInTheDocument();
  });

  it('issues nothing before the cohort is completed', async () => {
    renderAt('/', <CohortCertificates cohortId="cohort-1" status="RUNNING" viewerZone="America/Denver" />, [list([])]);
    expect(await screen.findByText('Certificates are issued once the cohort is completed.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Issue certificates' })).not.toBeInTheDocument();
  });
});
