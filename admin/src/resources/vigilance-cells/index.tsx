import NotificationImportantIcon from "@mui/icons-material/NotificationImportant";
import { lazyPage } from "../../common/lazyPage";
import { ProvinceField } from "../../common/TerritoryFields";

export const list = lazyPage(() => import("./CellList"), "CellList");
export const show = lazyPage(() => import("./CellShow"), "CellShow");
export const create = lazyPage(() => import("./CellForm"), "CellCreate");
export const edit = lazyPage(() => import("./CellForm"), "CellEdit");

export const icon = NotificationImportantIcon;
// A cell has no name: it is known by its province.
export const recordRepresentation = <ProvinceField source="provinceCode" />;
