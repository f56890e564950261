import StorefrontIcon from "@mui/icons-material/Storefront";

export { SpaceList as list } from "./SpaceList";
export { SpaceShow as show } from "./SpaceShow";
export { SpaceCreate as create, SpaceEdit as edit } from "./SpaceForm";
export const icon = StorefrontIcon;
export const recordRepresentation = "name";
