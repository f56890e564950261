import NotificationImportantIcon from "@mui/icons-material/NotificationImportant";
import { ProvinceField } from "../../common/TerritoryFields";
import { lazyPage } from "../../common/lazyPage";

export const list = lazyPage(() => import("./CellList"), "CellList");
export const show = lazyPage(() => import("./CellShow"), "CellShow");
export const create = lazyPage(() => import("./CellForm"), "CellCreate");
export const edit = lazyPage(() => import("./CellForm"), "CellEdit");

export const icon = NotificationImportantIcon;
// A cell has no name: it is known by its province.
export const recordRepresentation = <ProvinceField source="provinceCode" />;
