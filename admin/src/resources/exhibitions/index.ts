import StoreMallDirectoryIcon from "@mui/icons-material/StoreMallDirectory";
import { lazyPage } from "../../common/lazyPage";

export const list = lazyPage(() => import("./ExhibitionList"), "ExhibitionList");
export const show = lazyPage(() => import("./ExhibitionShow"), "ExhibitionShow");
export const create = lazyPage(() => import("./ExhibitionForm"), "ExhibitionCreate");
export const edit = lazyPage(() => import("./ExhibitionForm"), "ExhibitionEdit");

export const icon = StoreMallDirectoryIcon;
export const recordRepresentation = "name";
