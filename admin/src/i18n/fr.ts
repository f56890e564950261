import { sessionMessages } from "@entraide/core/glossary/session";
import frenchMessages from "ra-language-french";
import type { TranslationMessages } from "react-admin";
import frenchDomain from "./domain-fr";

/** react-admin's French pack plus Entraide's own words. */
const messages: TranslationMessages = { ...frenchMessages, ...frenchDomain, ...sessionMessages("fr") };
export default messages;
