import GroupsIcon from "@mui/icons-material/Groups";
import { lazyPage } from "../../common/lazyPage";

export const list = lazyPage(() => import("./CooperativeList"), "CooperativeList");
export const show = lazyPage(() => import("./CooperativeShow"), "CooperativeShow");
export const create = lazyPage(() => import("./CooperativeForm"), "CooperativeCreate");
export const edit = lazyPage(() => import("./CooperativeForm"), "CooperativeEdit");

export const icon = GroupsIcon;
export const recordRepresentation = "name";
