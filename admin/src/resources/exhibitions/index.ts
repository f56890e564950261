import StoreMallDirectoryIcon from "@mui/icons-material/StoreMallDirectory";

export { ExhibitionList as list } from "./ExhibitionList";
export { ExhibitionShow as show } from "./ExhibitionShow";
export { ExhibitionCreate as create, ExhibitionEdit as edit } from "./ExhibitionForm";
export const icon = StoreMallDirectoryIcon;
export const recordRepresentation = "name";
