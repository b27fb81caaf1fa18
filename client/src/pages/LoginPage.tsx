import { useId, useRef, useState, type FormEvent } from 'react';
import { t } from '../../../shared/i18n';
import { login } from '../api/auth';
import { messageOf } from '../api/http';
import { ErrorAlert } from '../components/Alerts';
import { Page } from '../components/Page';
import { TextField } from '../components/fields';
import { useSubmit } from '../forms/useSubmit';
import { navigate, safeInternalPath, useSearchParam } from '../router/history';
import { paths } from '../router/paths';
import { useSession } from '../session/SessionContext';
import { DemoAccounts, useIsDemo } from './DemoAccounts';
import { OidcLoginButtons, useAuthOptions } from './OidcLoginButtons';

interface Errors {
  email?: string;
  password?: string;
  form?: string;
}

export function LoginPage() {
  const { signedIn } = useSession();
  const next = safeInternalPath(useSearchParam('next'));
  const demo = useIsDemo();
  const options = useAuthOptions();
  const providers = options?.providers ?? [];
  const formErrorId = useId();
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const { busy, run } = useSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const missing: Errors = {};
    if (!email.trim()) missing.email = t('form.missing', { field: t('field.email') });
    if (!password) missing.password = t('form.missing', { field: t('field.password') });
    setErrors(missing);
    if (missing.email) return emailRef.current?.focus();
    if (missing.password) return passwordRef.current?.focus();

    await run(
      async () => {
        signedIn(await login(email.trim(), password));
        navigate(next ?? paths.start());
      },
      (error) => setErrors({ form: messageOf(error) }),
    );
  };

  const fillDemoAccount = (demoEmail: string, demoPassword: string) => {
    setEmail(demoEmail);
    setPassword(demoPassword);
    setErrors({});
    submitRef.current?.focus();
  };

  const passwordForm = (
    <form onSubmit={submit} noValidate className="form login-form" aria-describedby={errors.form ? formErrorId : undefined}>
      <ErrorAlert id={formErrorId} message={errors.form} />
      <TextField
        inputRef={emailRef}
        label={t('field.email')}
        type="email"
        name="email"
        autoComplete="username"
        required
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={errors.email}
        describedBy={errors.form ? formErrorId : undefined}
      />
      <TextField
        inputRef={passwordRef}
        label={t('field.password')}
        type="password"
        name="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={errors.password}
        describedBy={errors.form ? formErrorId : undefined}
      />
      <button ref={submitRef} type="submit" className="button-primary">
        {busy ? t('login.submitting') : t('login.submit')}
      </button>
    </form>
  );

  return (
    <Page title={t('login.title')}>
      <p>{options?.passwordLogin === false ? t('oidc.login.intro') : t('login.intro')}</p>
      {providers.length > 0 && <OidcLoginButtons providers={providers} next={next} />}
      {options?.passwordLogin === false ? (
        // Signing in through the kommun's provider only: the password form stays for admins, folded away.
        <details className="password-login">
          <summary>{t('oidc.login.passwordForAdmins')}</summary>
          {passwordForm}
        </details>
      ) : (
        <>
          {providers.length > 0 && <h2>{t('oidc.login.passwordHeading')}</h2>}
          {passwordForm}
        </>
      )}
      {demo && <DemoAccounts onUse={fillDemoAccount} />}
    </Page>
  );
}
