import ChildCareIcon from "@mui/icons-material/ChildCare";
import { lazyPage } from "../../common/lazyPage";

export const list = lazyPage(() => import("./SupportList"), "SupportList");
export const show = lazyPage(() => import("./SupportShow"), "SupportShow");
export const create = lazyPage(() => import("./SupportForm"), "SupportCreate");
export const edit = lazyPage(() => import("./SupportForm"), "SupportEdit");

export const icon = ChildCareIcon;
export const recordRepresentation = "year";
