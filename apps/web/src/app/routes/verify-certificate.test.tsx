import axe from 'axe-core';
import { screen, within } from '@testing-library/react';
import { VerifyCertificateQuery } from '@/features/certificates/api/documents';
import { verification } from '@/features/certificates/testing';
import { viewerMock } from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';
import { Component as VerifyRoute } from './verify-certificate';

function verify(code: string, answer: unknown) {
  return { request: { query: VerifyCertificateQuery, variables: { code } }, result: { data: { verifyCertificate: answer } } };
}

function render(code: string, mocks: unknown[]) {
  return renderRoutes([{ path: '/verify/:code', element: <VerifyRoute /> }], {
    path: `/verify/${code}`,
    mocks: [viewerMock(null), ...(mocks as Parameters<typeof renderRoutes>[1]['mocks'])],
  });
}

/** axe-core on the rendered page (contrast needs a real browser: the e2e test checks it). */
async function expectNoA11yViolations(container: HTMLElement) {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

describe('certificate verification page', () => {
  it('shows a valid certificate plainly, without signing in', async () => {
    const { container } = render('GNT-7K3M-Q9XP-4D2A', [verify('GNT-7K3M-Q9XP-4D2A', verification())]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Certificate verification' })).toBeInTheDocument();
    const status = await screen.findByTestId('verification-status');
    expect(status).toHaveTextContent('Valid certificate');
    expect(status).toHaveTextContent('Issued by Gantry for CABMET, and not revoked.');
    const details = screen.getByRole('table', { name: 'Certificate details' });
    expect(within(details).getByRole('rowheader', { name: 'Issued to' }).closest('tr')).toHaveTextContent('Avery Chen');
    expect(details).toHaveTextContent('CRES study group — CT and MRI');
    expect(within(details).getByTestId('verified-hours')).toHaveTextContent('9.5 contact hours');
    expect(details).toHaveTextContent('September 8 – October 6, 2026');
    expect(screen.getByRole('button', { name: 'Print this page' })).toBeInTheDocument();
    await expectNoA11yViolations(container);
  });

  it('says when a certificate was revoked', async () => {
    const { container } = render('GNT-7K3M-Q9XP-4D2A', [
      verify('GNT-7K3M-Q9XP-4D2A', verification({ valid: false, revoked: true, revokedAt: '2026-11-02T18:30:00.000Z' })),
    ]);
    const status = await screen.findByTestId('verification-status');
    expect(status).toHaveTextContent('This certificate was revoked');
    // Shown in the visitor's zone (the browser's, America/Chicago in tests).
    expect(status).toHaveTextContent('It was revoked on November 2, 2026 by the chapter that issued it and is no longer valid.');
    expect(screen.queryByText('Valid certificate')).not.toBeInTheDocument();
    await expectNoA11yViolations(container);
  });

  it('says when no certificate has the code, and checks another one typed in', async () => {
    const { user, router } = render('NOPE-0000', [verify('NOPE-0000', null), verify('GNT-7K3M-Q9XP-4D2A', verification())]);
    const status = await screen.findByTestId('verification-status');
    expect(status).toHaveTextContent('No certificate has this code');
    expect(status).toHaveTextContent('Nothing was issued with the code NOPE-0000.');

    const form = screen.getByRole('form', { name: 'Check a verification code' });
    await user.click(within(form).getByRole('button', { name: 'Check' }));
    expect(await within(form).findByText('Enter the code printed on the certificate.')).toBeInTheDocument();
    await user.type(within(form).getByLabelText(/^Verification code/), '  GNT-7K3M-Q9XP-4D2A ');
    await user.click(within(form).getByRole('button', { name: 'Check' }));
    expect(await screen.findByText('Valid certificate')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/verify/GNT-7K3M-Q9XP-4D2A');
  });
});
