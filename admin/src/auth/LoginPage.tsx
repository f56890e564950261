import { Box, ToggleButton, ToggleButtonGroup, Typography } from "@mui/material";
import { Login, LoginForm, useLocaleState, useTranslate } from "react-admin";

/** The two languages, each named in itself, so anyone finds theirs whatever the page shows. */
const languages = [
  { locale: "ar", name: "العربية" },
  { locale: "fr", name: "Français" },
] as const;

/** Entraide's name in both languages, the language choice, then react-admin's sign-in form. */
export function LoginPage() {
  const translate = useTranslate();
  const [locale, setLocale] = useLocaleState();
  return (
    <Login
      avatarIcon={
        <Box component="span" sx={{ fontWeight: 700, fontSize: 18 }}>
          EN
        </Box>
      }
    >
      <Box sx={{ px: 2, textAlign: "center" }} data-testid="login-brand">
        <Typography variant="h5" component="h1" lang="ar" dir="rtl" sx={{ fontWeight: 700 }}>
          التعاون الوطني
        </Typography>
        <Typography variant="h6" component="p" lang="fr" dir="ltr">
          Entraide Nationale
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {translate("session.login.subtitle")}
        </Typography>
      </Box>
      <Box sx={{ display: "flex", justifyContent: "center", mt: 2 }}>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={locale}
          aria-label={translate("session.login.language")}
          onChange={(_, chosen: string | null) => chosen && setLocale(chosen)}
        >
          {languages.map((language) => (
            <ToggleButton
              key={language.locale}
              value={language.locale}
              lang={language.locale}
              data-locale={language.locale}
              sx={{ textTransform: "none", px: 2 }}
            >
              {language.name}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
      </Box>
      <LoginForm />
    </Login>
  );
}
