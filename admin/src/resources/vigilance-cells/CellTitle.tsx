import { useRecordContext, useTranslate } from "react-admin";
import { useTerritories } from "../../common/territories";

/** A cell has no name of its own: its page is titled by the province it watches over. */
export function CellTitle() {
  const record = useRecordContext();
  const translate = useTranslate();
  const { provinceName } = useTerritories();
  if (!record) return null;
  return <span>{translate("session.cell.title", { province: provinceName(String(record.provinceCode)) })}</span>;
}
