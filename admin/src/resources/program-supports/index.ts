import ChildCareIcon from "@mui/icons-material/ChildCare";

export { SupportList as list } from "./SupportList";
export { SupportShow as show } from "./SupportShow";
export { SupportCreate as create, SupportEdit as edit } from "./SupportForm";
export const icon = ChildCareIcon;
export const recordRepresentation = "year";
