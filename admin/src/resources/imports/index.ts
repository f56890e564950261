import UploadFileIcon from "@mui/icons-material/UploadFile";

export { ImportCreate as create } from "./ImportCreate";
export { ImportList as list } from "./ImportList";
export { ImportShow as show } from "./ImportShow";
export const icon = UploadFileIcon;
