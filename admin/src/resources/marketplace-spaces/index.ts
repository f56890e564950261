import StorefrontIcon from "@mui/icons-material/Storefront";
import { lazyPage } from "../../common/lazyPage";

export const list = lazyPage(() => import("./SpaceList"), "SpaceList");
export const show = lazyPage(() => import("./SpaceShow"), "SpaceShow");
export const create = lazyPage(() => import("./SpaceForm"), "SpaceCreate");
export const edit = lazyPage(() => import("./SpaceForm"), "SpaceEdit");

export const icon = StorefrontIcon;
export const recordRepresentation = "name";
