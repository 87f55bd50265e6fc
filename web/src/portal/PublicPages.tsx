import { Alert, Button, Card, Group, Loader, Radio, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { ApiError } from '../ui/api';
import { longDate, TEXTS, type Lang } from './i18n';
import { initialLang, LOOP } from './loopTexts';
import { PatientPortal } from './PatientPortal';
import { PortalShell } from './PortalShell';

async function publicApi<T>(path: string, lang: Lang, init: { json?: unknown } = {}): Promise<T> {
  const res = await fetch(path, {
    method: init.json !== undefined ? 'POST' : 'GET',
    headers: { 'x-portal-language': lang, ...(init.json !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: init.json !== undefined ? JSON.stringify(init.json) : undefined,
    credentials: 'same-origin',
  });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) {
    const e = body?.error ?? {};
    throw new ApiError(res.status, e.code ?? 'internal', e.userMessage ?? TEXTS[lang].somethingWrong, e.issues ?? []);
  }
  return body as T;
}

const CODE = /^[2-9A-HJKMNP-Z]{12}$/;
const normalize = (s: string) => s.trim().toUpperCase().replace(/[\s-]/g, '');

type ShortLink = { state: 'open' | 'paid' | 'expired' | 'revoked'; tenantName: string; token?: string; paid?: boolean };

/** `/p/<code>`: the short link in a message. Opens the patient's secure page (identity check first), or says the bill is paid. */
export function ShortLinkPage({ code }: { code: string }) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [link, setLink] = useState<ShortLink | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [showPortal, setShowPortal] = useState(false);
  const L = LOOP[lang];
  useEffect(() => {
    // The code opens a private page: keep it out of Referer headers to other sites.
    const meta = document.createElement('meta');
    meta.name = 'referrer';
    meta.content = 'no-referrer';
    document.head.appendChild(meta);
    publicApi<ShortLink>(`/api/v1/portal/short-links/${encodeURIComponent(code)}?language=${lang}`, lang)
      .then(setLink)
      .catch((e) => setError(e instanceof ApiError ? e.userMessage : TEXTS[lang].somethingWrong));
    return () => meta.remove();
    // The code decides what opens; a language switch only changes the words.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [code]);
  if (link?.state === 'open' && link.token && (!link.paid || showPortal)) return <PatientPortal token={link.token} />;
  let body;
  if (error) body = <Alert color="orange" role="alert">{error}</Alert>;
  else if (!link) body = <Group gap="sm"><Loader size="sm" /><Text>{L.opening}</Text></Group>;
  else if (link.state === 'paid' || link.paid) body = <PaidCard lang={lang} onOpen={link.token ? () => setShowPortal(true) : undefined} />;
  else body = <Alert color="orange" role="alert">{link.state === 'revoked' ? revokedText(lang) : expiredText(lang)}</Alert>;
  return (
    <PortalShell lang={lang} setLang={setLang} tenantName={link && 'tenantName' in link ? link.tenantName : null}>
      {body}
    </PortalShell>
  );
}

const expiredText = (lang: Lang) =>
  lang === 'es'
    ? 'Este enlace venció. Por su seguridad, los enlaces funcionan por un tiempo limitado. Pídanos uno nuevo; con gusto le ayudamos.'
    : 'This link has expired. For your safety, links work for a limited time. Please ask us for a new one; we are happy to help.';
const revokedText = (lang: Lang) =>
  lang === 'es'
    ? 'Este enlace ya no está activo, así que no se muestra nada privado. Si todavía necesita ayuda con su factura, llámenos y le enviaremos uno nuevo.'
    : 'This link is no longer active, so nothing private is shown. If you still need help with your bill, please call us and we will send a new one.';

function PaidCard({ lang, onOpen }: { lang: Lang; onOpen?: () => void }) {
  const L = LOOP[lang];
  return (
    <Card withBorder padding="lg" data-testid="bill-paid">
      <Stack>
        <Title order={1} size="h2">✓ {L.paidTitle}</Title>
        <Text>{L.paidBody}</Text>
        {onOpen && <Button variant="light" color="blue.9" onClick={onOpen}>{L.seeAnyway}</Button>}
      </Stack>
    </Card>
  );
}

/** `/p`: for letters, type the printed code. */
export function CodeEntryPage() {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const navigate = useNavigate();
  const L = LOOP[lang];
  function submit(e: FormEvent) {
    e.preventDefault();
    const c = normalize(code);
    if (!CODE.test(c)) return setError(L.codeBad);
    navigate(`/p/${c}`);
  }
  return (
    <PortalShell lang={lang} setLang={setLang}>
      <Card withBorder padding="lg">
        <form onSubmit={submit} aria-label={L.codeTitle}>
          <Stack>
            <Title order={1} size="h2">{L.codeTitle}</Title>
            <Text>{L.codeIntro}</Text>
            <TextInput label={L.codeLabel} description={L.codeHint} autoCapitalize="characters" autoComplete="off" required value={code} onChange={(e) => setCode(e.currentTarget.value)} size="md" />
            {error && <Alert color="orange" role="alert">{error}</Alert>}
            <Button type="submit" size="md" fullWidth>{L.open}</Button>
          </Stack>
        </form>
      </Card>
    </PortalShell>
  );
}

type VerifyAnswer = { genuine: boolean; organization?: string; channel?: string; sentOn?: string };

/** `/verify`: anyone can check a code from a message, letter, statement or call (no PHI shown). */
export function VerifyPage({ initialCode }: { initialCode?: string }) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [code, setCode] = useState(initialCode ?? '');
  const [answer, setAnswer] = useState<VerifyAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const L = LOOP[lang];
  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setAnswer(null);
    const c = code.trim().toUpperCase().replace(/[^0-9A-Z]/g, '');
    if (c.length !== 6) return setError(lang === 'es' ? 'El código tiene 6 letras y números.' : 'The code has 6 letters and numbers.');
    setBusy(true);
    try {
      setAnswer(await publicApi<VerifyAnswer>(`/api/v1/verify/${c}`, lang));
    } catch (err) {
      setError(err instanceof ApiError ? err.userMessage : TEXTS[lang].somethingWrong);
    } finally {
      setBusy(false);
    }
  }
  return (
    <PortalShell lang={lang} setLang={setLang} secure={false}>
      <Card withBorder padding="lg">
        <form onSubmit={submit} aria-label={L.verifyPageTitle}>
          <Stack>
            <Title order={1} size="h2">{L.verifyPageTitle}</Title>
            <Text>{L.verifyPageIntro}</Text>
            <TextInput label={L.verifyCodeLabel} description={L.verifyCodeHint} autoCapitalize="characters" autoComplete="off" required value={code} onChange={(e) => setCode(e.currentTarget.value)} size="md" />
            {error && <Alert color="orange" role="alert">{error}</Alert>}
            <Button type="submit" size="md" fullWidth loading={busy}>{L.check}</Button>
          </Stack>
        </form>
      </Card>
      {answer && (
        <Alert mt="md" role="status" color={answer.genuine ? 'teal' : 'red'} title={answer.genuine ? `✓ ${L.genuine}` : L.notGenuine} data-testid={answer.genuine ? 'verify-genuine' : 'verify-unknown'}>
          <Text c="dark.9">{answer.genuine ? L.genuineBody(answer.organization ?? '', L.channels[answer.channel ?? ''] ?? answer.channel ?? '', longDate(answer.sentOn ?? '', lang)) : L.notGenuineBody}</Text>
        </Alert>
      )}
    </PortalShell>
  );
}

/** `/s/<code>`: the one-question survey after a bill is settled (1-5 and an optional comment). */
export function SurveyPage({ code }: { code: string }) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [tenantName, setTenantName] = useState<string | null>(null);
  const [score, setScore] = useState<string>('');
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [fatal, setFatal] = useState<string | null>(null);
  const [done, setDone] = useState<{ followUp: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const L = LOOP[lang];
  useEffect(() => {
    publicApi<{ tenantName: string; score: number | null }>(`/api/v1/portal/surveys/${encodeURIComponent(code)}?language=${lang}`, lang)
      .then((s) => {
        setTenantName(s.tenantName);
        if (s.score) setScore(String(s.score));
      })
      .catch((e) => setFatal(e instanceof ApiError ? e.userMessage : TEXTS[lang].somethingWrong));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [code]);
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!score) return setError(L.surveyPick);
    setBusy(true);
    setError(null);
    try {
      setDone(await publicApi<{ followUp: boolean }>(`/api/v1/portal/surveys/${encodeURIComponent(code)}`, lang, { json: { score: Number(score), comment: comment.trim() || undefined, language: lang } }));
    } catch (err) {
      setError(err instanceof ApiError ? err.userMessage : TEXTS[lang].somethingWrong);
    } finally {
      setBusy(false);
    }
  }
  let body;
  if (fatal) body = <Alert color="orange" role="alert">{fatal}</Alert>;
  else if (!tenantName) body = <Loader role="status" aria-label={L.opening} />;
  else if (done) body = (
    <Card withBorder padding="lg" data-testid="survey-thanks">
      <Stack>
        <Title order={1} size="h2">✓ {L.surveyThanks}</Title>
        {done.followUp && <Text>{L.surveyFollowUp}</Text>}
      </Stack>
    </Card>
  );
  else body = (
    <Card withBorder padding="lg">
      <form onSubmit={submit} aria-label={L.surveyTitle}>
        <Stack>
          <Title order={1} size="h2">{L.surveyTitle}</Title>
          <Radio.Group label={L.surveyQuestion} value={score} onChange={setScore} size="md">
            <Group justify="space-between" mt="xs" wrap="nowrap" gap={4}>
              {[1, 2, 3, 4, 5].map((n) => (
                <Radio key={n} value={String(n)} label={String(n)} aria-label={L.scoreLabel(n)} styles={{ body: { flexDirection: 'column', alignItems: 'center', gap: 4 }, labelWrapper: { paddingInline: 0 }, label: { paddingInlineStart: 0 } }} />
              ))}
            </Group>
            <Group justify="space-between" mt={4}>
              <Text size="sm" c="gray.7">1 = {L.surveyLow}</Text>
              <Text size="sm" c="gray.7">5 = {L.surveyHigh}</Text>
            </Group>
          </Radio.Group>
          <Textarea label={L.surveyComment} autosize minRows={3} maxLength={2000} value={comment} onChange={(e) => setComment(e.currentTarget.value)} size="md" />
          {error && <Alert color="orange" role="alert">{error}</Alert>}
          <Button type="submit" size="md" fullWidth loading={busy}>{L.surveySend}</Button>
        </Stack>
      </form>
    </Card>
  );
  return (
    <PortalShell lang={lang} setLang={setLang} tenantName={tenantName} secure={false}>
      {body}
    </PortalShell>
  );
}
