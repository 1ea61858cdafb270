import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, Group, Stack, TextInput } from '@mantine/core';
import { paths } from '@/paths';

/** Type (or paste) a verification code to check it: goes to that code's page. */
export function VerifyCodeForm({ initial = '' }: { initial?: string }) {
  const navigate = useNavigate();
  const [code, setCode] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      aria-label="Check a verification code"
      noValidate
      className="no-print"
      onSubmit={(e) => {
        e.preventDefault();
        const clean = code.trim().replace(/\s+/g, '');
        if (!clean) {
          setError('Enter the code printed on the certificate.');
          return;
        }
        setError(null);
        void navigate(paths.verifyCertificate.to(clean));
      }}
    >
      <Stack gap="xs" maw={420}>
        <TextInput
          label="Verification code"
          description="As printed on the certificate, like GNT-7K3M-Q9XP-4D2A."
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          error={error}
          autoComplete="off"
          spellCheck={false}
        />
        <Group>
          <Button type="submit">Check</Button>
        </Group>
      </Stack>
    </form>
  );
}
