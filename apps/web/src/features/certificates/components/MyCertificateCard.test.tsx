import { screen, within } from '@testing-library/react';
import { renderAt } from '@/testing/render';
import { MyCohortCertificateQuery } from '../api/documents';
import { certificate } from '../testing';
import { MyCertificateCard } from './MyCertificateCard';

function answer(myCertificate: unknown, hours: { hours: number; percent: number; certificateEligible: boolean } | null) {
  return {
    request: { query: MyCohortCertificateQuery, variables: { cohortId: 'cohort-1' } },
    result: {
      data: {
        cohort: {
          __typename: 'Cohort',
          id: 'cohort-1',
          status: 'COMPLETED',
          attendanceRule: { __typename: 'AttendanceRule', certificateMinPercent: 75 },
          myContactHours: hours ? { __typename: 'ContactHours', ...hours } : null,
          myCertificate,
        },
      },
    },
  };
}

describe('my certificate card', () => {
  it('shows the hours, the code, the PDF download and the verification page', async () => {
    renderAt('/', <MyCertificateCard cohortId="cohort-1" viewerZone="America/New_York" />, [
      answer(certificate(), { hours: 9.5, percent: 95, certificateEligible: true }),
    ]);
    const card = await screen.findByRole('region', { name: 'Certificate of attendance' });
    expect(await within(card).findByTestId('certificate-hours')).toHaveTextContent('9.5 contact hours');
    expect(within(card).getByTestId('certificate-code')).toHaveTextContent('GNT-7K3M-Q9XP-4D2A');
    expect(card).toHaveTextContent('September 8 – October 6, 2026');
    expect(card).toHaveTextContent('on October 8, 2026');
    const pdf = within(card).getByRole('link', { name: 'Download certificate (PDF)' });
    expect(pdf).toHaveAttribute('href', '/exports/certificates/cert-1.pdf');
    expect(pdf).toHaveAttribute('download');
    expect(within(card).getByRole('link', { name: 'Verification page' })).toHaveAttribute('href', '/verify/GNT-7K3M-Q9XP-4D2A');
  });

  it('says why there is none: below the attendance threshold', async () => {
    renderAt('/', <MyCertificateCard cohortId="cohort-1" viewerZone="America/Denver" />, [answer(null, { hours: 6, percent: 60, certificateEligible: false })]);
    expect(await screen.findByTestId('certificate-missing')).toHaveTextContent(
      'No certificate: you attended 6 contact hours, 60 % of the sessions’ time, and a certificate needs 75 %.',
    );
    expect(screen.queryByRole('link', { name: /Download certificate/ })).not.toBeInTheDocument();
  });

  it('says why there is none: not issued yet', async () => {
    renderAt('/', <MyCertificateCard cohortId="cohort-1" viewerZone="America/Denver" />, [answer(null, { hours: 10, percent: 100, certificateEligible: true })]);
    expect(await screen.findByTestId('certificate-missing')).toHaveTextContent('Your certificate has not been issued yet (10 contact hours attended).');
  });
});
