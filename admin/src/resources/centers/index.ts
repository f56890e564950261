import HomeWorkIcon from "@mui/icons-material/HomeWork";

export { CenterList as list } from "./CenterList";
export { CenterShow as show } from "./CenterShow";
export { CenterCreate as create, CenterEdit as edit } from "./CenterForm";
export const icon = HomeWorkIcon;
export const recordRepresentation = "name";
