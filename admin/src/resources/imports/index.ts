import UploadFileIcon from "@mui/icons-material/UploadFile";

export { ImportList as list } from "./ImportList";
export { ImportShow as show } from "./ImportShow";
export { ImportCreate as create } from "./ImportCreate";
export const icon = UploadFileIcon;
