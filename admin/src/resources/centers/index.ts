import HomeWorkIcon from "@mui/icons-material/HomeWork";
import { lazyPage } from "../../common/lazyPage";

export const list = lazyPage(() => import("./CenterList"), "CenterList");
export const show = lazyPage(() => import("./CenterShow"), "CenterShow");
export const create = lazyPage(() => import("./CenterForm"), "CenterCreate");
export const edit = lazyPage(() => import("./CenterForm"), "CenterEdit");

export const icon = HomeWorkIcon;
export const recordRepresentation = "name";
