import NotificationImportantIcon from "@mui/icons-material/NotificationImportant";
import { ProvinceField } from "../../common/TerritoryFields";

export { CellList as list } from "./CellList";
export { CellShow as show } from "./CellShow";
export { CellCreate as create, CellEdit as edit } from "./CellForm";
export const icon = NotificationImportantIcon;
// A cell has no name: it is known by its province.
export const recordRepresentation = <ProvinceField source="provinceCode" />;
