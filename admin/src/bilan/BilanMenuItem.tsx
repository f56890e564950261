import AssessmentIcon from "@mui/icons-material/Assessment";
import { Menu, useTranslate } from "react-admin";

/** The menu's entry for the yearly bilan (#/bilan). */
export function BilanMenuItem() {
  const translate = useTranslate();
  return (
    <Menu.Item
      to="/bilan"
      primaryText={translate("entraide.bilan.menu")}
      leftIcon={<AssessmentIcon />}
      data-testid="menu-bilan"
    />
  );
}
